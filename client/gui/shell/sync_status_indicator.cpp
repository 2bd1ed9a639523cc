#include "client/gui/shell/sync_status_indicator.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QToolButton>

namespace medinexus::client::gui {

QString describeSyncStatus(const SyncStatus &status)
{
    QStringList parts;
    switch (status.connectivity) {
    case SyncStatus::Connectivity::Offline:
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "Offline");
        break;
    case SyncStatus::Connectivity::Syncing:
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "Synchronising…");
        break;
    case SyncStatus::Connectivity::Online:
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "Online");
        break;
    case SyncStatus::Connectivity::SignInRequired:
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "Sign in again to synchronise");
        break;
    }
    // Counts as plain ints first: lupdate skips a translate() whose count is a cast expression.
    const int pending = static_cast<int>(status.pendingChanges);
    const int conflicts = static_cast<int>(status.conflicts);
    const int rejected = static_cast<int>(status.rejectedChanges);
    if (pending > 0)
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "%n change(s) waiting",
                                             "pending", pending);
    if (conflicts > 0)
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "%n conflict(s)",
                                             "conflicts", conflicts);
    if (rejected > 0)
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "%n change(s) refused",
                                             "rejected", rejected);
    if (status.lastSuccessfulSync.isValid()) {
        const QDateTime local = status.lastSuccessfulSync.toLocalTime();
        const QLocale locale;
        const QString when = local.date() == QDate::currentDate()
            ? locale.toString(local.time(), QLocale::ShortFormat)
            : locale.toString(local, QLocale::ShortFormat);
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "last sync %1").arg(when);
    } else {
        parts << QCoreApplication::translate("medinexus::client::gui::SyncStatusIndicator", "never synchronised");
    }
    return parts.join(QStringLiteral(" · "));
}

SyncStatusIndicator::SyncStatusIndicator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatusIndicator"));
    dot_ = new QLabel(this);
    dot_->setFixedWidth(fontMetrics().height());
    label_ = new QLabel(this);
    label_->setObjectName(QStringLiteral("syncStatusText"));
    syncButton_ = new QToolButton(this);
    syncButton_->setObjectName(QStringLiteral("syncNowButton"));
    syncButton_->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dot_);
    layout->addWidget(label_);
    layout->addWidget(syncButton_);
    connect(syncButton_, &QToolButton::clicked, this, &SyncStatusIndicator::syncRequested);
    setStatus(status_);
}

QString SyncStatusIndicator::text() const
{
    return label_->text();
}

void SyncStatusIndicator::setStatus(const SyncStatus &status)
{
    status_ = status;
    QString color;
    switch (status.connectivity) {
    case SyncStatus::Connectivity::Online:
        color = status.lastError.isEmpty() ? QStringLiteral("#2e7d32") : QStringLiteral("#ef6c00");
        break;
    case SyncStatus::Connectivity::Syncing:
        color = QStringLiteral("#1565c0");
        break;
    case SyncStatus::Connectivity::Offline:
        color = QStringLiteral("#757575");
        break;
    case SyncStatus::Connectivity::SignInRequired:
        color = QStringLiteral("#c62828");
        break;
    }
    // A filled circle: colour is never the only signal, the text says the same.
    dot_->setText(QStringLiteral("<span style=\"color:%1; font-size:large\">&#9679;</span>").arg(color));
    const QString text = describeSyncStatus(status);
    label_->setText(text);
    QString tooltip = text;
    if (!status.lastError.isEmpty())
        tooltip += QLatin1Char('\n') + status.lastError;
    if (!status.serverAddress.isEmpty())
        tooltip += QLatin1Char('\n') + tr("Server: %1").arg(status.serverAddress);
    setToolTip(tooltip);
    setAccessibleName(tr("Synchronisation status"));
    setAccessibleDescription(tooltip);
    syncButton_->setText(tr("Sync now"));
    syncButton_->setToolTip(tr("Synchronise now (F5)"));
}

} // namespace medinexus::client::gui
