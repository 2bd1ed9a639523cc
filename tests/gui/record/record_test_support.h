#pragma once

// What the record tests share: one demo community per test program, a patient to work on, and
// lookups in the timeline as the user sees it (through the kind filter).

#include "client/gui/record/patient_record_view.h"
#include "client/gui/record/timeline_model.h"
#include "tests/gui/support/gui_test_support.h"

#include <QAbstractItemModel>
#include <QTableView>

#include <memory>

namespace medinexus::client::gui::testing {

// Each test its own demo server (ctest runs each test in its own process anyway).
class RecordTest : public ::testing::Test {
protected:
    Community community;
};

// A demo patient from the workspace's cache.
inline Patient anyPatient(Workspace &workspace)
{
    auto patients = workspace.records().patients();
    EXPECT_FALSE(patients.empty()) << "no patient in the demo community";
    return patients.empty() ? Patient{} : patients.front();
}

// The timeline as shown (the view's model, after the kind filter).
inline QAbstractItemModel *shownTimeline(const PatientRecordView &view)
{
    auto *table = child<QTableView>(&view, QStringLiteral("timeline"));
    return table ? table->model() : nullptr;
}

// The shown row of entry `id`, or -1.
inline int shownRowOf(const PatientRecordView &view, const QUuid &id)
{
    QAbstractItemModel *model = shownTimeline(view);
    for (int row = 0; model && row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TimelineModel::EntryIdRole).toUuid() == id)
            return row;
    }
    return -1;
}

inline QString shownText(const PatientRecordView &view, int row, int column = TimelineModel::TextColumn)
{
    QAbstractItemModel *model = shownTimeline(view);
    return model ? model->index(row, column).data().toString() : QString();
}

} // namespace medinexus::client::gui::testing
