#include "client/gui/record/timeline_model.h"

#include "client/gui/record/correction_text.h"
#include "client/gui/workspace/entry_text.h"
#include "shared/model/amendment_chains.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace medinexus::client::gui {

namespace {

// The one-line text of `entry`; a dispensation names the unit of its prescription.
QString lineText(const ClinicalEntry &entry, const std::vector<ClinicalEntry> &record)
{
    if (const auto *dispensation = std::get_if<DispensationBody>(&entry.body)) {
        if (auto prescription = entryInEffect(record, dispensation->prescriptionId)) {
            if (const auto *prescribed = std::get_if<PrescriptionBody>(&prescription->body))
                return dispensationText(*dispensation, prescribed->quantityUnit);
        }
        return dispensationText(*dispensation);
    }
    return entryText(entry);
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

TimelineModel::TimelineModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), workspace_(workspace)
{
}

void TimelineModel::load(const QUuid &patientId)
{
    beginResetModel();
    patientId_ = patientId;
    entries_.clear();
    rows_.clear();
    if (!patientId.isNull())
        entries_ = workspace_.records().entriesOfPatient(patientId);
    // Newest first; the id breaks ties so the order is stable across reloads.
    std::sort(entries_.begin(), entries_.end(), [](const ClinicalEntry &a, const ClinicalEntry &b) {
        if (a.recordedAt != b.recordedAt)
            return a.recordedAt > b.recordedAt;
        return a.id.toString() > b.id.toString();
    });

    QHash<QUuid, const ClinicalEntry *> byId;
    QSet<QUuid> corrected;
    for (const ClinicalEntry &entry : entries_) {
        byId.insert(entry.id, &entry);
        if (entry.amends)
            corrected.insert(*entry.amends);
    }
    // Names are looked up once per person and place, not once per row.
    QHash<QUuid, QString> authors;
    QHash<QUuid, QString> facilities;

    rows_.reserve(entries_.size());
    for (const ClinicalEntry &entry : entries_) {
        Row row;
        row.pending = workspace_.records().isEntryPending(entry.id);
        row.corrected = corrected.contains(entry.id);
        const QString time = entryTimeText(entry);
        row.time = row.pending ? tr("%1 (not yet sent)").arg(time) : time;
        row.kind = label(entry.kind());
        if (!authors.contains(entry.authorId))
            authors.insert(entry.authorId, workspace_.userName(entry.authorId));
        if (!facilities.contains(entry.facilityId))
            facilities.insert(entry.facilityId, workspace_.facilityName(entry.facilityId));
        row.author = authors.value(entry.authorId);
        row.role = label(entry.authorRole);
        row.facility = facilities.value(entry.facilityId);

        const QString text = lineText(entry, entries_);
        QStringList details{tr("%1 of %2").arg(row.kind, time), text};
        QString shown = text;
        if (entry.amends) {
            const ClinicalEntry *original = byId.value(*entry.amends, nullptr);
            const QString what = original ? correctionText(*original) : tr("Corrects an earlier entry");
            const QString why = correctionReasonText(entry.amendmentReason);
            shown = tr("%1 — %2 — %3").arg(text, what, why);
            details << what << why;
        }
        if (row.corrected) {
            shown = tr("%1 (corrected)").arg(shown);
            details << tr("This entry has been corrected by a later entry.");
        }
        details << tr("Written by %1 (%2) at %3").arg(row.author, row.role, row.facility);
        if (row.pending)
            details << tr("Not yet sent to the server.");
        row.text = oneLine(shown);
        row.detail = details.join(QLatin1Char('\n'));
        rows_.push_back(std::move(row));
    }
    endResetModel();
}

const ClinicalEntry &TimelineModel::entryAt(int row) const
{
    return entries_.at(static_cast<std::size_t>(row));
}

int TimelineModel::pendingCount() const
{
    return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [](const Row &row) { return row.pending; }));
}

int TimelineModel::rowOf(const QUuid &id) const
{
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (entries_[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const auto at = static_cast<std::size_t>(index.row());
    const Row &row = rows_[at];
    const ClinicalEntry &entry = entries_[at];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return row.time;
        case KindColumn:
            return row.kind;
        case TextColumn:
            return row.text;
        case AuthorColumn:
            return row.author;
        case RoleColumn:
            return row.role;
        case FacilityColumn:
            return row.facility;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row.detail;
    case Qt::FontRole:
        if (row.corrected || row.pending) {
            QFont font;
            font.setStrikeOut(row.corrected);
            font.setItalic(row.pending);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row.corrected)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case EntryIdRole:
        return entry.id;
    case KindRole:
        return static_cast<int>(entry.kind());
    case PendingRole:
        return row.pending;
    case CorrectedRole:
        return row.corrected;
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Entry");
    case AuthorColumn:
        return tr("Author");
    case RoleColumn:
        return tr("Role");
    case FacilityColumn:
        return tr("Facility");
    default:
        return {};
    }
}

} // namespace medinexus::client::gui
