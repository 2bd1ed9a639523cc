#pragma once

// The timeline restricted to one kind of entry (or all of them).

#include "shared/model/enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace medinexus::client::gui {

class TimelineFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TimelineFilter(QObject *parent = nullptr);

    // nullopt: every kind.
    void setKind(std::optional<EntryKind> kind);
    [[nodiscard]] std::optional<EntryKind> kind() const { return kind_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<EntryKind> kind_;
};

} // namespace medinexus::client::gui
