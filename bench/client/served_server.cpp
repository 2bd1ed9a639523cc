#include "bench/client/served_server.h"

#include "client/core/net/server_profile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QSslCertificate>

#include <stdexcept>

namespace medinexus::client::bench {

ServedServer::ServedServer(const QString &serverBinary, const QString &dataDir) : dataDir_(dataDir)
{
    process_.setReadChannel(QProcess::StandardOutput);
    process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process_.start(serverBinary, {QStringLiteral("serve"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-access-log")});
    if (!process_.waitForStarted(30000))
        throw std::runtime_error("the server could not be started: " + process_.errorString().toStdString());
    static const QRegularExpression listening(QStringLiteral("MediNexus server listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!process_.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            if (process_.state() != QProcess::Running)
                break;
            continue;
        }
        output += process_.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            port_ = static_cast<quint16>(match.captured(1).toUInt());
            return;
        }
    }
    stop();
    throw std::runtime_error("the server did not announce its port; its output: " + output.toStdString());
}

ServedServer::~ServedServer()
{
    if (process_.state() != QProcess::NotRunning)
        stop();
}

QByteArray ServedServer::certificateFingerprint() const
{
    const auto certificates = QSslCertificate::fromPath(QDir(dataDir_).filePath(QStringLiteral("tls/server.crt")));
    if (certificates.isEmpty())
        throw std::runtime_error("the server's certificate cannot be read");
    return certificateSha256(certificates.front());
}

int ServedServer::stop()
{
    if (process_.state() == QProcess::NotRunning)
        return process_.exitCode();
    process_.terminate();
    if (!process_.waitForFinished(30000)) {
        process_.kill();
        process_.waitForFinished(10000);
        return -1;
    }
    return process_.exitStatus() == QProcess::NormalExit ? process_.exitCode() : -1;
}

} // namespace medinexus::client::bench
