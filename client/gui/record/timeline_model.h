#pragma once

// A patient's clinical entries as a table, newest first: time, kind, text, author, role,
// facility. A correction says what it corrects and why; an entry that has been corrected is
// struck out and greyed with "corrected"; entries not yet sent to the server say so.

#include "client/gui/workspace/workspace.h"
#include "shared/model/clinical_entry.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <optional>
#include <vector>

namespace medinexus::client::gui {

class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, TextColumn, AuthorColumn, RoleColumn, FacilityColumn, ColumnCount };
    enum DataRole {
        EntryIdRole = Qt::UserRole + 1,  // QUuid
        KindRole,                        // int(EntryKind)
        PendingRole,                     // bool: not yet sent to the server
        CorrectedRole,                   // bool: a later entry corrects this one
        DetailRole,                      // QString: everything about the entry, several lines
    };

    explicit TimelineModel(Workspace &workspace, QObject *parent = nullptr);

    // Reads the patient's entries from the cache (again); no patient: an empty timeline.
    void load(const QUuid &patientId);
    [[nodiscard]] QUuid patientId() const { return patientId_; }

    // The entries as read, for derivations (entry in effect...), in timeline order.
    [[nodiscard]] const std::vector<ClinicalEntry> &entries() const { return entries_; }
    [[nodiscard]] const ClinicalEntry &entryAt(int row) const;
    // How many entries are not yet sent to the server.
    [[nodiscard]] int pendingCount() const;
    // The row of entry `id`, or -1.
    [[nodiscard]] int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString time;
        QString kind;
        QString text;
        QString author;
        QString role;
        QString facility;
        QString detail;
        bool pending = false;
        bool corrected = false;
    };

    Workspace &workspace_;
    QUuid patientId_;
    std::vector<ClinicalEntry> entries_;  // newest first
    std::vector<Row> rows_;               // same order
};

} // namespace medinexus::client::gui
