#pragma once

// The server's tamper-evident audit log, for administrators: who did what, when, from where,
// and with what outcome. Filters by time (typed in local time, sent in UTC), person, action
// and object; results come in pages ("Load more" continues after the last row shown).

#include "client/core/admin/admin_api.h"
#include "client/gui/workspace/workspace.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace medinexus::client::gui {

class StatusLine;

class AuditLogPage : public QWidget {
    Q_OBJECT

public:
    explicit AuditLogPage(Workspace &workspace, QWidget *parent = nullptr);

    // The first page for the current filters (what the Search button does).
    void search();
    // The next page after the last row shown (what "Load more" does).
    void loadMore();
    // Reads the people of the "person" filter from the server again (done when first shown).
    void reloadActors();

    [[nodiscard]] bool isBusy() const { return busy_ || actorsBusy_; }
    // Rows asked for per page; the server's default (200) unless changed.
    void setPageSize(int rows) { pageSize_ = rows; }
    // The rows shown, in log order.
    [[nodiscard]] const std::vector<AuditRecord> &records() const { return records_; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void request(AuditQuery query, bool append);
    void appendRows(const std::vector<AuditRecord> &records);
    void updateButtons();
    [[nodiscard]] bool online() const;

    Workspace &workspace_;
    QCheckBox *fromEnabled_;
    QDateTimeEdit *from_;
    QCheckBox *toEnabled_;
    QDateTimeEdit *to_;
    QComboBox *actor_;
    QComboBox *action_;
    QLineEdit *objectId_;
    QPushButton *search_;
    QTableWidget *table_;
    QPushButton *more_;
    StatusLine *status_;

    AuditQuery lastQuery_;
    std::vector<AuditRecord> records_;
    bool hasMore_ = false;
    bool busy_ = false;
    bool actorsBusy_ = false;
    bool actorsLoaded_ = false;
    int pageSize_ = 200;
};

} // namespace medinexus::client::gui
