#pragma once

// The community's facilities, as the server holds them: create, edit, deactivate and
// reactivate. Facilities are never deleted (entries keep pointing at them).

#include "client/gui/workspace/workspace.h"
#include "shared/model/facility.h"

#include <QWidget>

#include <optional>
#include <vector>

class QPushButton;
class QTableWidget;

namespace medinexus::client::gui {

class StatusLine;

class FacilitiesPage : public QWidget {
    Q_OBJECT

public:
    explicit FacilitiesPage(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the list from the server again (also done each time the page is shown).
    void reload();
    [[nodiscard]] bool isBusy() const { return busy_; }
    // The list as last read from the server.
    [[nodiscard]] const std::vector<Facility> &facilities() const { return facilities_; }

Q_SIGNALS:
    // A facility was created or changed here: other pages re-read what depends on it.
    void facilitiesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void updateButtons();
    void setBusy(bool busy);
    [[nodiscard]] std::optional<Facility> selected() const;
    void openDialog(std::optional<Facility> existing);
    void toggleSelected();
    void saveActive(Facility facility, bool active);
    // Shows `notice` under the list once the next reload completes.
    void reloadWithNotice(const QString &notice, bool isError);

    Workspace &workspace_;
    QTableWidget *table_;
    QPushButton *new_;
    QPushButton *edit_;
    QPushButton *toggle_;
    QPushButton *reload_;
    StatusLine *status_;
    std::vector<Facility> facilities_;
    bool busy_ = false;
    QUuid selectAfterReload_;
    QString notice_;
    bool noticeIsError_ = false;
};

} // namespace medinexus::client::gui
