#include "tests/gui/printing/printing_tools.h"

#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

namespace medinexus::client::gui::testing {

QString runTool(const QString &program, const QStringList &arguments)
{
    if (!QFileInfo(program).isExecutable()) {
        ADD_FAILURE() << program.toStdString()
                      << " is not installed: run scripts/install-deps.sh (poppler-utils, zbar-tools)";
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << program.toStdString() << " did not finish";
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed (exit code " << process.exitCode()
                      << "): " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfToText(const QString &pdfPath)
{
    return runTool(QStringLiteral(MEDINEXUS_PDFTOTEXT), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
}

QString pdfToPng(const QString &pdfPath, int dpi)
{
    const QString prefix = pdfPath + QStringLiteral(".page");
    runTool(QStringLiteral(MEDINEXUS_PDFTOPPM), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                                 QStringLiteral("-singlefile"), pdfPath, prefix});
    return prefix + QStringLiteral(".png");
}

QString decodeBarcode(const QString &imagePath)
{
    QString text = runTool(QStringLiteral(MEDINEXUS_ZBARIMG), {QStringLiteral("--raw"), QStringLiteral("-q"), imagePath});
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

} // namespace medinexus::client::gui::testing
