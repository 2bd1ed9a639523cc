#pragma once

// The printout read back as a person's tools see it: poppler's pdftotext and pdftoppm, zbar's
// zbarimg (paths found by CMake).

#include <QString>
#include <QStringList>

namespace medinexus::client::gui::testing {

// Runs `program` with `arguments`; fails the test (and returns an empty string) when it is
// missing or does not exit with 0. Returns its standard output.
QString runTool(const QString &program, const QStringList &arguments);

QString pdfToText(const QString &pdfPath);
// Renders the first page at `dpi` to a PNG next to `pdfPath`; returns the PNG's path.
QString pdfToPng(const QString &pdfPath, int dpi);
// What zbarimg reads in the image (its --raw output without the final newline).
QString decodeBarcode(const QString &imagePath);

} // namespace medinexus::client::gui::testing
