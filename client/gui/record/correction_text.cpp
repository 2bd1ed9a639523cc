#include "client/gui/record/correction_text.h"

#include "client/gui/workspace/entry_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace medinexus::client::gui {

QString entryTimeText(const ClinicalEntry &entry)
{
    return QLocale().toString(entry.recordedAt.toLocalTime(), QLocale::ShortFormat);
}

QString correctionText(const ClinicalEntry &original)
{
    const QString when = entryTimeText(original);
    const QString what = entryText(original);
    // One sentence per kind: the article and gender differ between languages.
    switch (original.kind()) {
    case EntryKind::Diagnosis:
        return QCoreApplication::translate("medinexus::client::gui::Correction", "Corrects the diagnosis of %1: %2")
            .arg(when, what);
    case EntryKind::Prescription:
        return QCoreApplication::translate("medinexus::client::gui::Correction",
                                           "Corrects the prescription of %1: %2")
            .arg(when, what);
    case EntryKind::Dispensation:
        return QCoreApplication::translate("medinexus::client::gui::Correction",
                                           "Corrects the dispensation of %1: %2")
            .arg(when, what);
    case EntryKind::Observation:
        return QCoreApplication::translate("medinexus::client::gui::Correction",
                                           "Corrects the observation of %1: %2")
            .arg(when, what);
    case EntryKind::Note:
        return QCoreApplication::translate("medinexus::client::gui::Correction", "Corrects the note of %1: %2")
            .arg(when, what);
    }
    return QCoreApplication::translate("medinexus::client::gui::Correction", "Corrects the entry of %1: %2")
        .arg(when, what);
}

QString correctionReasonText(const QString &reason)
{
    return QCoreApplication::translate("medinexus::client::gui::Correction", "Reason: %1").arg(reason);
}

} // namespace medinexus::client::gui
