#include "client/gui/admin/facilities_page.h"

#include "client/gui/admin/admin_feedback.h"
#include "client/gui/admin/facility_dialog.h"
#include "client/gui/admin/status_line.h"
#include "client/gui/admin/versioned_update.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace medinexus::client::gui {

namespace {
enum Column { NameColumn, KindColumn, VillageColumn, ActiveColumn, ColumnCount };
} // namespace

FacilitiesPage::FacilitiesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      workspace_(workspace),
      table_(new QTableWidget(0, ColumnCount, this)),
      new_(new QPushButton(tr("&New facility…"), this)),
      edit_(new QPushButton(tr("&Edit…"), this)),
      toggle_(new QPushButton(tr("&Deactivate"), this)),
      reload_(new QPushButton(tr("Re&load"), this)),
      status_(new StatusLine(this))
{
    setObjectName(QStringLiteral("facilitiesPage"));
    table_->setObjectName(QStringLiteral("facilitiesTable"));
    table_->setAccessibleName(tr("Facilities"));
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Village"), tr("Status")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSortingEnabled(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    new_->setObjectName(QStringLiteral("newFacilityButton"));
    edit_->setObjectName(QStringLiteral("editFacilityButton"));
    toggle_->setObjectName(QStringLiteral("toggleFacilityButton"));
    reload_->setObjectName(QStringLiteral("reloadFacilitiesButton"));
    status_->setObjectName(QStringLiteral("facilitiesStatus"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new_);
    buttons->addWidget(edit_);
    buttons->addWidget(toggle_);
    buttons->addStretch();
    buttons->addWidget(reload_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addWidget(status_);
    layout->addLayout(buttons);

    connect(new_, &QPushButton::clicked, this, [this] { openDialog(std::nullopt); });
    connect(edit_, &QPushButton::clicked, this, [this] {
        if (auto facility = selected())
            openDialog(std::move(facility));
    });
    connect(table_, &QTableWidget::itemActivated, this, [this] {
        if (edit_->isEnabled())
            edit_->click();
    });
    connect(toggle_, &QPushButton::clicked, this, &FacilitiesPage::toggleSelected);
    connect(reload_, &QPushButton::clicked, this, &FacilitiesPage::reload);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &FacilitiesPage::updateButtons);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &FacilitiesPage::reload);

    setTabOrder(table_, new_);
    setTabOrder(new_, edit_);
    setTabOrder(edit_, toggle_);
    setTabOrder(toggle_, reload_);
    updateButtons();
}

void FacilitiesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another administrator may have changed the list since it was last shown.
    reload();
}

void FacilitiesPage::reload()
{
    if (busy_)
        return;
    if (const auto why = AdminFeedback::whyNot(workspace_, Action::ManageFacilities)) {
        status_->showError(*why);
        updateButtons();
        return;
    }
    setBusy(true);
    status_->showBusy(AdminFeedback::loading());
    workspace_.callServer(
        this, [](AdminApi &api) { return api.facilities(); },
        [this](RemoteResult<std::vector<Facility>> result) {
            setBusy(false);
            if (!result.ok()) {
                notice_.clear();
                status_->showError(AdminFeedback::failure(result.httpStatus, result.error));
                return;
            }
            facilities_ = std::move(*result.value);
            std::sort(facilities_.begin(), facilities_.end(), [](const Facility &a, const Facility &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            fill();
            if (notice_.isEmpty())
                status_->clearText();
            else if (noticeIsError_)
                status_->showError(notice_);
            else
                status_->showInfo(notice_);
            notice_.clear();
        });
}

void FacilitiesPage::reloadWithNotice(const QString &notice, bool isError)
{
    notice_ = notice;
    noticeIsError_ = isError;
    reload();
}

void FacilitiesPage::fill()
{
    QUuid keep = selectAfterReload_;
    if (keep.isNull()) {
        if (const std::optional<Facility> current = selected())
            keep = current->id;
    }
    selectAfterReload_ = QUuid();
    table_->setSortingEnabled(false);
    table_->clearContents();
    table_->setRowCount(static_cast<int>(facilities_.size()));
    int row = 0;
    for (const Facility &facility : facilities_) {
        auto *name = new QTableWidgetItem(facility.name);
        name->setData(Qt::UserRole, facility.id);
        table_->setItem(row, NameColumn, name);
        table_->setItem(row, KindColumn, new QTableWidgetItem(label(facility.kind)));
        table_->setItem(row, VillageColumn, new QTableWidgetItem(facility.village));
        table_->setItem(row, ActiveColumn, new QTableWidgetItem(facility.active ? tr("Active") : tr("Inactive")));
        ++row;
    }
    table_->setSortingEnabled(true);
    // Sorting may have moved the rows: find the one to select by identifier.
    table_->clearSelection();
    for (int r = 0; r < table_->rowCount() && !keep.isNull(); ++r) {
        if (table_->item(r, NameColumn)->data(Qt::UserRole).toUuid() == keep)
            table_->selectRow(r);
    }
    updateButtons();
}

std::optional<Facility> FacilitiesPage::selected() const
{
    const QList<QTableWidgetItem *> items = table_->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QTableWidgetItem *nameItem = table_->item(items.first()->row(), NameColumn);
    if (!nameItem)
        return std::nullopt;
    const QUuid id = nameItem->data(Qt::UserRole).toUuid();
    const auto found = std::find_if(facilities_.begin(), facilities_.end(),
                                    [&](const Facility &facility) { return facility.id == id; });
    if (found == facilities_.end())
        return std::nullopt;
    return *found;
}

void FacilitiesPage::setBusy(bool busy)
{
    busy_ = busy;
    updateButtons();
}

void FacilitiesPage::updateButtons()
{
    const bool usable = !busy_ && !AdminFeedback::whyNot(workspace_, Action::ManageFacilities);
    const std::optional<Facility> facility = selected();
    new_->setEnabled(usable);
    edit_->setEnabled(usable && facility.has_value());
    toggle_->setEnabled(usable && facility.has_value());
    toggle_->setText(facility && !facility->active ? tr("&Reactivate") : tr("&Deactivate"));
    reload_->setEnabled(!busy_);
}

void FacilitiesPage::openDialog(std::optional<Facility> existing)
{
    const bool creating = !existing.has_value();
    auto *dialog = new FacilityDialog(workspace_, std::move(existing), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FacilityDialog::changedMeanwhile, this, &FacilitiesPage::reload);
    connect(dialog, &QDialog::accepted, this, [this, dialog, creating] {
        const QString name = dialog->saved() ? dialog->saved()->name : QString();
        if (dialog->saved())
            selectAfterReload_ = dialog->saved()->id;
        Q_EMIT facilitiesChanged();
        reloadWithNotice(creating ? tr("The facility “%1” was created.").arg(name)
                                  : tr("The facility “%1” was saved.").arg(name),
                         false);
    });
    // A save cancelled while under way may still have reached the server.
    connect(dialog, &QDialog::rejected, this, &FacilitiesPage::reload);
    dialog->open();
}

void FacilitiesPage::toggleSelected()
{
    const std::optional<Facility> facility = selected();
    if (!facility)
        return;
    if (!facility->active) {
        saveActive(*facility, true);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Deactivate facility"),
                                tr("Deactivate “%1”? Its records keep naming it, but it can no longer be chosen "
                                   "for new accounts.")
                                    .arg(facility->name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmFacilityToggle"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, facility = *facility] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            saveActive(facility, false);
    });
    box->open();
}

void FacilitiesPage::saveActive(Facility facility, bool active)
{
    if (busy_)
        return;
    facility.active = active;
    setBusy(true);
    status_->showBusy(AdminFeedback::saving());
    workspace_.callServer(
        this, [facility](AdminApi &api) { return updateFacilityChecked(api, facility); },
        [this, name = facility.name, active](VersionedUpdate<Facility> update) {
            setBusy(false);
            if (update.result.ok()) {
                Q_EMIT facilitiesChanged();
                reloadWithNotice(active ? tr("The facility “%1” was reactivated.").arg(name)
                                        : tr("The facility “%1” was deactivated.").arg(name),
                                 false);
                return;
            }
            if (update.changedMeanwhile) {
                reloadWithNotice(tr("Somebody else changed the facility “%1” in the meantime, so nothing was "
                                    "saved. The list now shows its current state.")
                                     .arg(name),
                                 true);
                return;
            }
            status_->showError(AdminFeedback::failure(update.result.httpStatus, update.result.error));
        });
}

} // namespace medinexus::client::gui
