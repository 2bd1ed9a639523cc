#include "client/gui/admin/audit_log_page.h"

#include "client/gui/admin/admin_feedback.h"
#include "client/gui/admin/audit_actions.h"
#include "client/gui/admin/status_line.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace medinexus::client::gui {

namespace {

enum Column {
    TimeColumn,
    ActorColumn,
    ActionColumn,
    ObjectTypeColumn,
    ObjectIdColumn,
    OutcomeColumn,
    PeerColumn,
    DetailsColumn,
    ColumnCount
};

const QColor kRefusalColor(0xc6, 0x28, 0x28);

QString localTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    // Seconds matter when reconstructing what happened; the long time format carries them.
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::LongFormat);
}

QString objectTypeLabel(const QString &token)
{
    if (const auto type = fromToken<ObjectType>(token))
        return label(*type);
    return token;
}

} // namespace

AuditLogPage::AuditLogPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      workspace_(workspace),
      fromEnabled_(new QCheckBox(tr("&From:"), this)),
      from_(new QDateTimeEdit(this)),
      toEnabled_(new QCheckBox(tr("&Until:"), this)),
      to_(new QDateTimeEdit(this)),
      actor_(new QComboBox(this)),
      action_(new QComboBox(this)),
      objectId_(new QLineEdit(this)),
      search_(new QPushButton(tr("&Search"), this)),
      table_(new QTableWidget(0, ColumnCount, this)),
      more_(new QPushButton(tr("Load &more"), this)),
      status_(new StatusLine(this))
{
    setObjectName(QStringLiteral("auditLogPage"));

    // Times are typed in local time (the clinic's clock); the server filters in UTC.
    const QDate today = QDate::currentDate();
    fromEnabled_->setObjectName(QStringLiteral("auditFromEnabled"));
    fromEnabled_->setChecked(true);
    from_->setObjectName(QStringLiteral("auditFromField"));
    from_->setAccessibleName(tr("From"));
    from_->setCalendarPopup(true);
    from_->setTimeSpec(Qt::LocalTime);
    from_->setDateTime(QDateTime(today.addDays(-7), QTime(0, 0)));
    toEnabled_->setObjectName(QStringLiteral("auditToEnabled"));
    toEnabled_->setChecked(false);
    to_->setObjectName(QStringLiteral("auditToField"));
    to_->setAccessibleName(tr("Until"));
    to_->setCalendarPopup(true);
    to_->setTimeSpec(Qt::LocalTime);
    to_->setDateTime(QDateTime(today.addDays(1), QTime(0, 0)));
    to_->setEnabled(false);
    connect(fromEnabled_, &QCheckBox::toggled, from_, &QWidget::setEnabled);
    connect(toEnabled_, &QCheckBox::toggled, to_, &QWidget::setEnabled);

    actor_->setObjectName(QStringLiteral("auditActorField"));
    actor_->addItem(tr("Anyone"), QUuid());
    action_->setObjectName(QStringLiteral("auditActionField"));
    action_->addItem(tr("Any action"), QString());
    for (const QString &token : AuditActions::knownActions()) {
        action_->addItem(AuditActions::actionLabel(token), token);
        action_->setItemData(action_->count() - 1, token, Qt::ToolTipRole);
    }
    objectId_->setObjectName(QStringLiteral("auditObjectField"));
    objectId_->setPlaceholderText(tr("Identifier of a patient, entry, account…"));
    objectId_->setClearButtonEnabled(true);
    search_->setObjectName(QStringLiteral("auditSearchButton"));
    search_->setDefault(true);
    more_->setObjectName(QStringLiteral("auditMoreButton"));
    status_->setObjectName(QStringLiteral("auditStatus"));

    table_->setObjectName(QStringLiteral("auditTable"));
    table_->setAccessibleName(tr("Audit log"));
    table_->setHorizontalHeaderLabels({tr("Time"), tr("Person"), tr("Action"), tr("Object type"), tr("Object"),
                                       tr("Outcome"), tr("Address"), tr("Details")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);

    auto *filters = new QGridLayout;
    filters->addWidget(fromEnabled_, 0, 0);
    filters->addWidget(from_, 0, 1);
    filters->addWidget(toEnabled_, 0, 2);
    filters->addWidget(to_, 0, 3);
    auto *actorLabel = new QLabel(tr("&Person:"), this);
    actorLabel->setBuddy(actor_);
    filters->addWidget(actorLabel, 1, 0);
    filters->addWidget(actor_, 1, 1);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(action_);
    filters->addWidget(actionLabel, 1, 2);
    filters->addWidget(action_, 1, 3);
    auto *objectLabel = new QLabel(tr("&Object:"), this);
    objectLabel->setBuddy(objectId_);
    filters->addWidget(objectLabel, 2, 0);
    filters->addWidget(objectId_, 2, 1, 1, 2);
    filters->addWidget(search_, 2, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(status_, 1);
    bottom->addWidget(more_);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(table_);
    layout->addLayout(bottom);

    connect(search_, &QPushButton::clicked, this, &AuditLogPage::search);
    connect(objectId_, &QLineEdit::returnPressed, this, &AuditLogPage::search);
    connect(more_, &QPushButton::clicked, this, &AuditLogPage::loadMore);

    setTabOrder(fromEnabled_, from_);
    setTabOrder(from_, toEnabled_);
    setTabOrder(toEnabled_, to_);
    setTabOrder(to_, actor_);
    setTabOrder(actor_, action_);
    setTabOrder(action_, objectId_);
    setTabOrder(objectId_, search_);
    setTabOrder(search_, table_);
    setTabOrder(table_, more_);
    updateButtons();
}

bool AuditLogPage::online() const
{
    return !AdminFeedback::whyNot(workspace_, Action::ReadAuditLog);
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!actorsLoaded_)
        reloadActors();
}

void AuditLogPage::reloadActors()
{
    if (actorsBusy_)
        return;
    if (const auto why = AdminFeedback::whyNot(workspace_, Action::ReadAuditLog)) {
        status_->showError(*why);
        updateButtons();
        return;
    }
    // Reading the accounts needs ManageUsers; without it the filter offers "Anyone" only.
    if (!workspace_.can(Action::ManageUsers))
        return;
    actorsBusy_ = true;
    updateButtons();
    workspace_.callServer(
        this, [](AdminApi &api) { return api.users(); },
        [this](RemoteResult<std::vector<User>> result) {
            actorsBusy_ = false;
            updateButtons();
            if (!result.ok()) {
                status_->showError(AdminFeedback::failure(result.httpStatus, result.error));
                return;
            }
            actorsLoaded_ = true;
            std::vector<User> users = std::move(*result.value);
            std::sort(users.begin(), users.end(), [](const User &a, const User &b) {
                return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
            });
            const QUuid chosen = actor_->currentData().toUuid();
            actor_->clear();
            actor_->addItem(tr("Anyone"), QUuid());
            for (const User &user : users)
                actor_->addItem(tr("%1 (%2)").arg(user.displayName, user.username), user.id);
            actor_->setCurrentIndex(std::max(0, actor_->findData(chosen)));
        });
}

void AuditLogPage::search()
{
    if (busy_ || !online())
        return;
    AuditQuery query;
    if (fromEnabled_->isChecked())
        query.from = from_->dateTime().toUTC();
    if (toEnabled_->isChecked())
        query.to = to_->dateTime().toUTC();
    if (query.from && query.to && *query.from >= *query.to) {
        status_->showError(tr("The start of the period must come before its end."));
        from_->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const QUuid actor = actor_->currentData().toUuid(); !actor.isNull())
        query.actorId = actor;
    query.action = action_->currentData().toString();
    query.objectId = objectId_->text().trimmed();
    query.limit = pageSize_;
    request(std::move(query), false);
}

void AuditLogPage::loadMore()
{
    if (busy_ || !hasMore_ || records_.empty() || !online())
        return;
    AuditQuery query = lastQuery_;
    query.after = records_.back().sequence;
    request(std::move(query), true);
}

void AuditLogPage::request(AuditQuery query, bool append)
{
    busy_ = true;
    updateButtons();
    status_->showBusy(AdminFeedback::loading());
    lastQuery_ = query;
    workspace_.callServer(
        this, [query](AdminApi &api) { return api.audit(query); },
        [this, append, limit = query.limit](RemoteResult<std::vector<AuditRecord>> result) {
            busy_ = false;
            if (!result.ok()) {
                updateButtons();
                status_->showError(AdminFeedback::failure(result.httpStatus, result.error));
                return;
            }
            if (!append) {
                records_.clear();
                table_->setRowCount(0);
            }
            hasMore_ = static_cast<qsizetype>(result.value->size()) >= limit;
            appendRows(*result.value);
            records_.insert(records_.end(), std::make_move_iterator(result.value->begin()),
                            std::make_move_iterator(result.value->end()));
            updateButtons();
            if (records_.empty())
                status_->showInfo(tr("Nothing in the log matches these filters."));
            else
                status_->showInfo(tr("%n row(s) shown.", "audit log", static_cast<int>(records_.size())));
        });
}

void AuditLogPage::appendRows(const std::vector<AuditRecord> &records)
{
    int row = table_->rowCount();
    table_->setRowCount(row + static_cast<int>(records.size()));
    for (const AuditRecord &record : records) {
        auto *time = new QTableWidgetItem(localTime(record.at));
        time->setToolTip(record.at.toUTC().toString(Qt::ISODateWithMs));
        time->setData(Qt::UserRole, record.sequence);
        table_->setItem(row, TimeColumn, time);
        table_->setItem(row, ActorColumn, new QTableWidgetItem(record.actorName));
        auto *action = new QTableWidgetItem(AuditActions::actionLabel(record.action));
        action->setToolTip(record.action);
        table_->setItem(row, ActionColumn, action);
        table_->setItem(row, ObjectTypeColumn, new QTableWidgetItem(objectTypeLabel(record.objectType)));
        table_->setItem(row, ObjectIdColumn, new QTableWidgetItem(record.objectId));
        auto *outcome = new QTableWidgetItem(AuditActions::outcomeLabel(record.outcome));
        outcome->setToolTip(record.outcome);
        if (AuditActions::isRefusal(record.outcome)) {
            outcome->setForeground(kRefusalColor);
            QFont bold = outcome->font();
            bold.setBold(true);
            outcome->setFont(bold);
        }
        table_->setItem(row, OutcomeColumn, outcome);
        table_->setItem(row, PeerColumn, new QTableWidgetItem(record.peer));
        auto *details = new QTableWidgetItem(record.details);
        details->setToolTip(record.details);
        table_->setItem(row, DetailsColumn, details);
        ++row;
    }
}

void AuditLogPage::updateButtons()
{
    const bool usable = !busy_ && online();
    search_->setEnabled(usable);
    more_->setEnabled(usable && hasMore_ && !records_.empty());
    actor_->setEnabled(!actorsBusy_);
}

} // namespace medinexus::client::gui
