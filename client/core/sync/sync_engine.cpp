#include "client/core/sync/sync_engine.h"

#include "client/core/cache/record_store.h"
#include "client/core/cache/outbox.h"

#include "shared/ids/uuid.h"
#include "shared/permissions/permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace medinexus::client {

namespace {

ApiClientOptions apiOptions(const SyncSettings &settings)
{
    ApiClientOptions options;
    options.timeout = settings.requestTimeout;
    return options;
}

QUuid deviceIdOf(CacheDatabase &cache)
{
    // One id per installation and user cache, minted on first use.
    if (const auto stored = cache.metaValue(meta::kDeviceId)) {
        if (const auto id = parseUuid(*stored))
            return *id;
    }
    const QUuid id = newUuidV7();
    cache.setMetaValue(meta::kDeviceId, uuidToString(id));
    return id;
}

CacheDatabase openCache(SyncEngineSetup &setup)
{
    CacheDatabase cache = CacheDatabase::open(setup.cachePath, setup.cacheKey, false);
    setup.cacheKey.clear();
    return cache;
}

} // namespace

SyncEngine::SyncEngine(SyncEngineSetup setup, QObject *parent)
    : QObject(parent),
      settings_(setup.settings),
      cache_(openCache(setup)),
      user_(setup.user),
      deviceId_(deviceIdOf(cache_)),
      applier_(cache_, setup.user.id),
      api_(setup.profile, apiOptions(setup.settings)),
      token_(std::move(setup.token)),
      backoff_(setup.settings.retryInitial, setup.settings.retryMaximum),
      pushBatch_(std::clamp(setup.settings.pushBatch, 1, static_cast<int>(sync::kMaxPushBatch)))
{
    qRegisterMetaType<SyncStatus>();
    if (!token_.isEmpty())
        api_.setBearerToken(SecretString(token_.view()));
    periodic_.setInterval(settings_.periodicInterval);
    connect(&periodic_, &QTimer::timeout, this, &SyncEngine::requestSync);
    soon_.setSingleShot(true);
    soon_.setInterval(settings_.notificationDelay);
    connect(&soon_, &QTimer::timeout, this, [this] { (void)runCycle(); });
    retry_.setSingleShot(true);
    connect(&retry_, &QTimer::timeout, this, [this] { (void)runCycle(); });
    status_.lastSuccessfulSync = cache_.metaDateTime(meta::kLastSuccessfulSyncAt).value_or(QDateTime());
    status_.connectivity = token_.isEmpty() ? SyncStatus::Connectivity::SignInRequired : SyncStatus::Connectivity::Offline;
    publishStatus();
}

SyncEngine::~SyncEngine()
{
    stopping_ = true;
    if (notifications_)
        notifications_->close();
}

void SyncEngine::setToken(SecretString token)
{
    token_ = std::move(token);
    if (token_.isEmpty()) {
        api_.clearBearerToken();
        return;
    }
    api_.setBearerToken(SecretString(token_.view()));
    if (status_.connectivity == SyncStatus::Connectivity::SignInRequired)
        status_.connectivity = SyncStatus::Connectivity::Offline;
    if (live_)
        requestSync();
}

void SyncEngine::abort()
{
    stopping_ = true;
    api_.abort();
}

void SyncEngine::start()
{
    live_ = true;
    periodic_.start();
    requestSync();
}

void SyncEngine::requestSync()
{
    if (stopping_)
        return;
    if (cycleRunning_) {
        cycleRequested_ = true;
        return;
    }
    if (!soon_.isActive())
        soon_.start();
}

void SyncEngine::stop()
{
    abort();
    live_ = false;
    periodic_.stop();
    soon_.stop();
    retry_.stop();
    if (notifications_)
        notifications_->close();
}

SyncEngine::Outcome SyncEngine::syncOnce()
{
    return runCycle();
}

SyncEngine::Outcome SyncEngine::runCycle()
{
    if (cycleRunning_) {
        // Called from a nested event loop while a request of this cycle waits: run again after.
        cycleRequested_ = true;
        return Outcome::Synced;
    }
    if (stopping_)
        return Outcome::Stopped;
    if (token_.isEmpty()) {
        status_.connectivity = SyncStatus::Connectivity::SignInRequired;
        publishStatus();
        return Outcome::SignInRequired;
    }
    cycleRunning_ = true;
    retry_.stop();
    Outcome outcome = Outcome::Synced;
    do {
        cycleRequested_ = false;
        status_.connectivity = SyncStatus::Connectivity::Syncing;
        publishStatus();
        Step step = pushAll();
        if (step == Step::Done)
            step = pullAll();
        if (step == Step::Done)
            step = refreshConflicts();
        switch (step) {
        case Step::Done: outcome = Outcome::Synced; break;
        case Step::Offline: outcome = Outcome::Offline; break;
        case Step::SignInRequired: outcome = Outcome::SignInRequired; break;
        case Step::Failed: outcome = Outcome::Failed; break;
        case Step::Stopped: outcome = Outcome::Stopped; break;
        }
    } while (outcome == Outcome::Synced && cycleRequested_ && !stopping_);
    cycleRunning_ = false;
    finishCycle(outcome);
    return outcome;
}

void SyncEngine::finishCycle(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Synced: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        cache_.setMetaDateTime(meta::kLastSuccessfulSyncAt, now);
        status_.lastSuccessfulSync = now;
        status_.connectivity = SyncStatus::Connectivity::Online;
        status_.lastError.clear();
        backoff_.reset();
        ensureNotifications();
        break;
    }
    case Outcome::Offline:
    case Outcome::Failed:
        status_.connectivity = SyncStatus::Connectivity::Offline;
        scheduleRetry();
        break;
    case Outcome::SignInRequired:
        status_.connectivity = SyncStatus::Connectivity::SignInRequired;
        token_.clear();
        api_.clearBearerToken();
        if (notifications_)
            notifications_->close();
        Q_EMIT signInRequired();
        break;
    case Outcome::Stopped:
        break;
    }
    status_.serverAddress = api_.currentAddress();
    publishStatus();
}

void SyncEngine::scheduleRetry()
{
    if (!live_ || stopping_)
        return;
    retry_.start(backoff_.nextDelay());
}

void SyncEngine::ensureNotifications()
{
    if (!live_ || !settings_.liveUpdates || stopping_ || token_.isEmpty())
        return;
    if (notifications_ && notifications_->isOpen())
        return;
    if (!notifications_) {
        notifications_ = std::make_unique<NotificationChannel>(api_.profile());
        connect(notifications_.get(), &NotificationChannel::changesAvailable, this, &SyncEngine::requestSync);
    }
    notifications_->open(api_.currentAddress(), token_);
}

void SyncEngine::publishStatus()
{
    Outbox outbox(cache_.connection());
    RecordStore records(cache_.connection());
    status_.pendingChanges = outbox.count();
    status_.rejectedChanges = outbox.rejectedCount();
    status_.conflicts = static_cast<qint64>(records.conflicts().size());
    Q_EMIT statusChanged(status_);
}

SyncEngine::Step SyncEngine::failureOf(const ApiResponse &response)
{
    if (response.failure == TransportFailure::Aborted || stopping_)
        return Step::Stopped;
    if (response.failure == TransportFailure::Unreachable) {
        status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "No server answered; working offline.");
        return Step::Offline;
    }
    if (response.failure == TransportFailure::TlsUntrusted) {
        status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "The server's certificate is not the one this profile trusts. "
                                       "Nothing was sent. Ask your administrator.");
        return Step::Failed;
    }
    if (response.failure != TransportFailure::None) {
        status_.lastError = response.failureMessage;
        return Step::Failed;
    }
    if (response.httpStatus == 401) {
        status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "Your session has ended: log in again to synchronise.");
        return Step::SignInRequired;
    }
    if (response.httpStatus == 503 || response.httpStatus == 502 || response.httpStatus == 504) {
        status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "The server is busy or restarting; retrying shortly.");
        return Step::Offline;
    }
    status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "The server refused the synchronisation (HTTP %1).").arg(response.httpStatus);
    return Step::Failed;
}

SyncEngine::Step SyncEngine::pushAll()
{
    Outbox outbox(cache_.connection());
    while (!stopping_) {
        const std::vector<OutboxItem> items = outbox.oldest(pushBatch_);
        if (items.empty())
            return Step::Done;
        sync::PushRequest request;
        request.deviceId = deviceId_;
        std::vector<QUuid> ids;
        for (const OutboxItem &item : items) {
            request.changes.push_back(item.envelope);
            ids.push_back(item.envelope.changeId);
        }
        const ApiResponse response = api_.post(QStringLiteral("/api/v1/sync/push"), sync::encodeCanonical(request));
        if (response.failure == TransportFailure::None
            && (response.httpStatus == 400 || response.httpStatus == 413 || response.httpStatus == 422)) {
            // The batch as a whole was refused. Halve it until the one change that cannot be
            // sent is alone, then set that one aside (kept, shown) so the rest can go.
            if (items.size() > 1) {
                pushBatch_ = std::max(1, static_cast<int>(items.size()) / 2);
                continue;
            }
            applier_.rejectUnsendable(items.front(), response.errorMessage.isEmpty()
                                                         ? QStringLiteral("HTTP %1").arg(response.httpStatus)
                                                         : response.errorMessage);
            Q_EMIT recordsChanged();
            continue;
        }
        if (!response.ok()) {
            outbox.recordAttempt(ids, QString::fromLatin1(toString(response.failure)) + QStringLiteral(" HTTP ")
                                          + QString::number(response.httpStatus));
            return failureOf(response);
        }
        auto decoded = sync::decodePushResponse(response.body);
        if (!decoded) {
            status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "The server's answer could not be read.");
            return Step::Failed;
        }
        try {
            const auto outcome = applier_.applyPushResponse(items, *decoded);
            if (outcome.conflicts > 0 || outcome.rejected > 0)
                Q_EMIT recordsChanged();
        } catch (const SyncProtocolError &) {
            status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "The server's answer could not be read.");
            return Step::Failed;
        }
        pushBatch_ = std::clamp(settings_.pushBatch, 1, static_cast<int>(sync::kMaxPushBatch));
        publishStatus();
    }
    return Step::Stopped;
}

SyncEngine::Step SyncEngine::pullAll()
{
    const int limit = std::clamp(settings_.pullPage, 1, static_cast<int>(sync::kMaxPullBatch));
    while (!stopping_) {
        QString path = QStringLiteral("/api/v1/sync/pull?limit=%1").arg(limit);
        if (const auto cursor = applier_.pullCursor(); cursor && !cursor->isEmpty())
            path += QStringLiteral("&after=") + QString::fromLatin1(QUrl::toPercentEncoding(*cursor));
        const ApiResponse response = api_.get(path);
        if (!response.ok())
            return failureOf(response);
        auto page = sync::decodePullResponse(response.body);
        if (!page) {
            status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "The server's answer could not be read.");
            return Step::Failed;
        }
        SyncApplier::PageOutcome outcome;
        try {
            outcome = applier_.applyPullPage(*page);
        } catch (const SyncProtocolError &) {
            status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "The server's answer could not be read.");
            return Step::Failed;
        }
        if (outcome.changes > 0)
            Q_EMIT recordsChanged();
        if (outcome.currentUserDeactivated) {
            Q_EMIT offlineAccessRevoked();
            status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "This account has been deactivated.");
            return Step::SignInRequired;
        }
        if (!page->hasMore)
            return Step::Done;
    }
    return Step::Stopped;
}

SyncEngine::Step SyncEngine::refreshConflicts()
{
    if (!isAllowed(user_.role, Action::ReadPatientRecord))
        return Step::Done;
    const ApiResponse response = api_.get(QStringLiteral("/api/v1/conflicts"));
    if (!response.ok())
        return failureOf(response);
    std::vector<CachedConflict> conflicts;
    const QJsonArray list = response.json ? response.json->value(QStringLiteral("conflicts")).toArray() : QJsonArray();
    for (const QJsonValue &item : list) {
        auto conflict = conflictFromJson(item.toObject());
        if (!conflict) {
            status_.lastError = QCoreApplication::translate("medinexus::client::SyncEngine", "The server's answer could not be read.");
            return Step::Failed;
        }
        conflicts.push_back(std::move(*conflict));
    }
    const auto before = RecordStore(cache_.connection()).conflicts();
    applier_.replaceConflicts(conflicts);
    if (before != conflicts)
        Q_EMIT recordsChanged();
    return Step::Done;
}

} // namespace medinexus::client
