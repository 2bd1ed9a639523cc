#include "client/gui/shell/rejected_changes_dialog.h"

#include "client/gui/workspace/entry_text.h"
#include "client/gui/workspace/workspace.h"
#include "shared/sync/change_envelope.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {
struct Described {
    QString patient;
    QString content;
};

Described describe(Workspace &workspace, const sync::ChangeEnvelope &change)
{
    auto payload = sync::decodePayload(change);
    if (!payload)
        return {};
    Described described;
    if (const auto *entry = std::get_if<ClinicalEntry>(&*payload)) {
        if (auto patient = workspace.records().patient(entry->patientId))
            described.patient = displayName(*patient);
        described.content = QStringLiteral("%1: %2").arg(label(entry->kind()), entryText(*entry));
    } else if (const auto *patient = std::get_if<Patient>(&*payload)) {
        described.patient = displayName(*patient);
        described.content = QCoreApplication::translate("medinexus::client::gui::RejectedChangesDialog",
                                                        "Patient details");
    }
    return described;
}
} // namespace

RejectedChangesDialog::RejectedChangesDialog(Workspace &workspace, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Changes refused by the server"));
    const auto rejected = workspace.rejectedChanges();
    auto *intro = new QLabel(rejected.empty()
                                 ? tr("The server has refused none of your changes.")
                                 : tr("The server refused these changes; they are kept here. Record them again "
                                      "once the problem given as the reason is fixed."),
                             this);
    intro->setWordWrap(true);
    auto *table = new QTableWidget(static_cast<int>(rejected.size()), 4, this);
    table->setObjectName(QStringLiteral("rejectedChangesTable"));
    table->setHorizontalHeaderLabels({tr("Refused at"), tr("Patient"), tr("Change"), tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    const QLocale locale;
    int row = 0;
    for (const RejectedChange &change : rejected) {
        const Described described = describe(workspace, change.envelope);
        table->setItem(row, 0, new QTableWidgetItem(locale.toString(change.rejectedAt.toLocalTime(), QLocale::ShortFormat)));
        table->setItem(row, 1, new QTableWidgetItem(described.patient));
        table->setItem(row, 2, new QTableWidgetItem(described.content.isEmpty() ? label(change.envelope.objectType)
                                                                                : described.content));
        table->setItem(row, 3, new QTableWidgetItem(change.reason));
        ++row;
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

} // namespace medinexus::client::gui
