#include "client/gui/printing/prescription_document.h"

#include "client/gui/printing/qr_code.h"
#include "client/gui/workspace/entry_text.h"
#include "shared/ids/patient_number.h"
#include "shared/model/enums.h"

#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

#include <stdexcept>

namespace medinexus::client::gui {

namespace {

constexpr qreal kMarginMm = 18.0;
constexpr qreal kQrSideMm = 34.0;

// Lays text out from top to bottom in one column, in device pixels.
class Column {
public:
    Column(QPainter &painter, qreal left, qreal width, qreal top, qreal pixelsPerMm)
        : painter_(painter), left_(left), width_(width), y_(top), mm_(pixelsPerMm)
    {
    }

    // Paints `text` wrapped to the column's width; returns its rectangle.
    QRectF text(const QFont &font, const QString &text, int flags = Qt::AlignLeft)
    {
        painter_.setFont(font);
        const int allFlags = flags | Qt::TextWordWrap;
        const QRectF available(left_, y_, width_, 1e6);
        const QRectF used = painter_.boundingRect(available, allFlags, text);
        const QRectF box(left_, y_, width_, used.height());
        painter_.drawText(box, allFlags, text);
        y_ += used.height();
        return box;
    }
    void space(qreal millimetres) { y_ += millimetres * mm_; }
    [[nodiscard]] qreal y() const { return y_; }
    void moveTo(qreal y) { y_ = y; }
    [[nodiscard]] qreal left() const { return left_; }
    [[nodiscard]] qreal width() const { return width_; }

private:
    QPainter &painter_;
    qreal left_;
    qreal width_;
    qreal y_;
    qreal mm_;
};

QFont fontOf(qreal points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

PrescriptionDocument::PrescriptionDocument(PrescriptionPrintData data) : data_(std::move(data))
{
    if (!std::holds_alternative<PrescriptionBody>(data_.prescription.body))
        throw std::invalid_argument("PrescriptionDocument: the entry is not a prescription");
    const auto number = PatientNumber::parse(data_.patient.number);
    if (!number)
        throw std::invalid_argument("PrescriptionDocument: the patient's number is not a valid patient number");
    numberText_ = number->toString();
}

QString PrescriptionDocument::entryReference() const
{
    // The first 8 hexadecimal digits: enough for staff to tell printouts apart and to find
    // the entry, without a 36-character id on the page.
    return data_.prescription.id.toString(QUuid::WithoutBraces).left(8).toUpper();
}

void PrescriptionDocument::render(QPagedPaintDevice &device) const
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    if (!device.setPageLayout(layout)) {
        // A printer with wider unprintable borders keeps its own margins; size and orientation
        // are what matter.
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Portrait);
    }
    QPainter painter;
    if (!painter.begin(&device))
        throw std::runtime_error("The printout could not be started (the file or the printer is not available).");
    paint(painter);
    if (!painter.end())
        throw std::runtime_error("The printout could not be finished (the file or the printer failed).");
}

void PrescriptionDocument::paint(QPainter &painter) const
{
    QPaintDevice &device = *painter.device();
    // Device pixels per millimetre: a PDF writer at 1200 dpi and a 300 dpi printer get the same
    // page. Fonts in points follow the device's resolution by themselves.
    const qreal mm = device.logicalDpiY() / 25.4;
    const qreal pageWidth = device.width();
    const qreal pageHeight = device.height();
    const auto &body = std::get<PrescriptionBody>(data_.prescription.body);
    const QLocale locale;
    const QPen thinPen(Qt::black, 0.3 * mm);

    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(thinPen);

    // The QR code in the top right corner, the number in text under it.
    const qreal qrSide = kQrSideMm * mm;
    const QRectF qrRect(pageWidth - qrSide, 0, qrSide, qrSide);
    paintQrCode(painter, qrRect, numberText_);
    painter.setPen(Qt::black);
    painter.setFont(fontOf(10, true));
    const QRectF qrCaption(qrRect.left() - 6 * mm, qrRect.bottom(), qrSide + 6 * mm, 6 * mm);
    painter.drawText(qrCaption, Qt::AlignHCenter | Qt::AlignTop, numberText_);

    // The header, left of the QR code.
    Column header(painter, 0, pageWidth - qrSide - 6 * mm, 0, mm);
    header.text(fontOf(16, true), data_.facilityName);
    header.space(2);
    header.text(fontOf(20, true), tr("Prescription"));
    header.space(1);
    header.text(fontOf(10), tr("Prescribed on %1").arg(locale.toString(data_.prescription.recordedAt.toLocalTime().date(),
                                                                     QLocale::LongFormat)));

    Column column(painter, 0, pageWidth, std::max(header.y(), qrCaption.bottom()) + 6 * mm, mm);
    painter.drawLine(QPointF(0, column.y() - 3 * mm), QPointF(pageWidth, column.y() - 3 * mm));

    // The patient.
    column.text(fontOf(16, true), displayName(data_.patient));
    column.space(1);
    column.text(fontOf(12), tr("Patient number: %1").arg(numberText_));
    QString birth = birthText(data_.patient);
    const QString age = ageText(data_.patient, data_.printedAt.toLocalTime().date());
    if (!birth.isEmpty() && !age.isEmpty())
        birth = tr("Born: %1 (%2)").arg(birth, age);
    else if (!birth.isEmpty())
        birth = tr("Born: %1").arg(birth);
    else
        birth = tr("Date of birth unknown");
    column.text(fontOf(12), birth);
    column.text(fontOf(12), tr("Sex: %1").arg(label(data_.patient.sex)));
    column.space(4);

    // The allergies, framed and bold: the one thing a pharmacist must not miss.
    {
        const QString allergies = data_.patient.allergies.isEmpty()
            ? tr("Allergies: none known")
            : tr("ALLERGIES: %1").arg(data_.patient.allergies.join(QStringLiteral(", ")));
        const qreal padding = 2.5 * mm;
        Column inner(painter, padding, pageWidth - 2 * padding, column.y() + padding, mm);
        const qreal top = column.y();
        const QRectF textBox = inner.text(fontOf(13, true), allergies);
        const QRectF frame(0, top, pageWidth, textBox.height() + 2 * padding);
        painter.save();
        painter.setPen(QPen(Qt::black, data_.patient.allergies.isEmpty() ? 0.3 * mm : 0.8 * mm));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
        painter.restore();
        column.moveTo(frame.bottom());
    }
    column.space(8);

    // The prescription.
    column.text(fontOf(14, true), tr("Treatment"));
    column.space(2);
    column.text(fontOf(13), prescriptionText(body));
    if (data_.prescription.isAmendment() && !data_.prescription.amendmentReason.isEmpty()) {
        column.space(2);
        column.text(fontOf(10), tr("Corrected prescription. Reason: %1").arg(data_.prescription.amendmentReason));
    }
    column.space(8);

    // Who prescribed, where and when; the reference of the entry.
    column.text(fontOf(12), tr("Prescriber: %1 (%2)").arg(data_.prescriberName, label(data_.prescription.authorRole)));
    column.text(fontOf(12), tr("Facility: %1").arg(data_.facilityName));
    column.text(fontOf(12), tr("Date: %1").arg(locale.toString(data_.prescription.recordedAt.toLocalTime(),
                                                               QLocale::ShortFormat)));
    column.text(fontOf(10), tr("Reference: %1").arg(entryReference()));

    // The signature line and the print date at the foot of the page.
    const qreal signatureTop = std::max(column.y() + 20 * mm, pageHeight - 30 * mm);
    const qreal lineWidth = 75 * mm;
    painter.setPen(thinPen);
    painter.drawLine(QPointF(pageWidth - lineWidth, signatureTop), QPointF(pageWidth, signatureTop));
    painter.setPen(Qt::black);
    Column signature(painter, pageWidth - lineWidth, lineWidth, signatureTop + 1 * mm, mm);
    signature.text(fontOf(10), tr("Prescriber's signature and stamp"), Qt::AlignHCenter);
    Column footer(painter, 0, pageWidth - lineWidth - 6 * mm, signatureTop + 1 * mm, mm);
    footer.text(fontOf(9), tr("Printed on %1").arg(locale.toString(data_.printedAt.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace medinexus::client::gui
