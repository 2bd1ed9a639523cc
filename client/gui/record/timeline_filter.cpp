#include "client/gui/record/timeline_filter.h"

#include "client/gui/record/timeline_model.h"

namespace medinexus::client::gui {

TimelineFilter::TimelineFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void TimelineFilter::setKind(std::optional<EntryKind> kind)
{
    if (kind == kind_)
        return;
    kind_ = kind;
    invalidateFilter();
}

bool TimelineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!kind_)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(TimelineModel::KindRole).toInt() == static_cast<int>(*kind_);
}

} // namespace medinexus::client::gui
