#include "client/gui/workspace/workspace.h"

#include "client/core/sync/sync_worker.h"

#include <QCoreApplication>

namespace medinexus::client::gui {

Workspace::Workspace(std::unique_ptr<UserSession> session, bool offline, QObject *parent)
    : QObject(parent), session_(std::move(session)), offline_(offline)
{
    qRegisterMetaType<SyncStatus>();
    cache_ = std::make_unique<CacheDatabase>(session_->openCache());
    records_ = std::make_unique<RecordStore>(cache_->connection());
    changes_ = std::make_unique<LocalChanges>(*cache_, session_->user());
}

Workspace::~Workspace()
{
    // The worker holds its own cache connection: stop it before the session (and its key) goes.
    worker_.reset();  // shuts the engine down and waits for its thread
}

const User &Workspace::user() const
{
    return session_->user();
}

bool Workspace::can(Action action) const
{
    return isAllowed(user().role, action);
}

bool Workspace::canAddEntry(EntryKind kind) const
{
    return medinexus::canAddEntry(user().role, kind);
}

QString Workspace::facilityName(const QUuid &id)
{
    if (auto facility = records_->facility(id))
        return facility->name;
    return QCoreApplication::translate("medinexus::client::gui::Workspace", "Unknown facility");
}

QString Workspace::userName(const QUuid &id)
{
    if (auto person = records_->user(id))
        return person->displayName.isEmpty() ? person->username : person->displayName;
    return QCoreApplication::translate("medinexus::client::gui::Workspace", "Unknown user");
}

QString Workspace::myFacilityName()
{
    return facilityName(user().facilityId);
}

Patient Workspace::registerPatient(Patient draft)
{
    Patient stored = changes_->registerPatient(std::move(draft));
    afterLocalWrite();
    return stored;
}

Patient Workspace::editPatient(Patient edited)
{
    Patient stored = changes_->editPatient(std::move(edited));
    afterLocalWrite();
    return stored;
}

ClinicalEntry Workspace::addEntry(ClinicalEntry draft)
{
    ClinicalEntry stored = changes_->addEntry(std::move(draft));
    afterLocalWrite();
    return stored;
}

Patient Workspace::resolveConflict(Patient chosen)
{
    Patient stored = changes_->resolveConflict(std::move(chosen));
    afterLocalWrite();
    return stored;
}

void Workspace::recordAccess(const QUuid &patientId)
{
    changes_->recordAccess(patientId);
    if (worker_)
        worker_->requestSync();
}

void Workspace::afterLocalWrite()
{
    Q_EMIT recordsChanged();
    if (worker_)
        worker_->requestSync();
}

void Workspace::startSync(const SyncSettings &settings)
{
    if (worker_)
        return;
    worker_ = std::make_unique<SyncWorker>(session_->syncSetup(settings));
    connect(worker_.get(), &SyncWorker::statusChanged, this, [this](const SyncStatus &status) {
        status_ = status;
        Q_EMIT syncStatusChanged(status_);
    });
    connect(worker_.get(), &SyncWorker::recordsChanged, this, &Workspace::recordsChanged);
    connect(worker_.get(), &SyncWorker::signInRequired, this, &Workspace::signInRequired);
    connect(worker_.get(), &SyncWorker::offlineAccessRevoked, this, &Workspace::offlineAccessRevoked);
    connect(worker_.get(), &SyncWorker::failedToStart, this, [this](const QString &message) {
        status_.lastError = message;
        Q_EMIT syncStatusChanged(status_);
    });
    worker_->start();
}

void Workspace::syncNow()
{
    if (worker_)
        worker_->requestSync();
}

std::vector<RejectedChange> Workspace::rejectedChanges()
{
    return Outbox(cache_->connection()).rejected();
}

void Workspace::stopSync()
{
    worker_.reset();
}

void Workspace::renewServerSession(SecretString token)
{
    if (worker_)
        worker_->setToken(SecretString(token.view()));
    session_->setToken(std::move(token));
    offline_ = false;
    syncNow();
}

} // namespace medinexus::client::gui
