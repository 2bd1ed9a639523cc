#include "client/gui/conflicts/conflict_comparison_model.h"

#include "client/gui/workspace/entry_text.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace medinexus::client::gui {

ConflictComparisonModel::ConflictComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConflictComparisonModel::setVersions(std::vector<Patient> versions, QStringList headers)
{
    beginResetModel();
    versions_ = std::move(versions);
    headers_ = std::move(headers);
    chosen_.assign(FieldCount, 0);
    endResetModel();
}

void ConflictComparisonModel::setChoosable(bool choosable)
{
    beginResetModel();
    choosable_ = choosable;
    endResetModel();
}

QString ConflictComparisonModel::fieldLabel(int field)
{
    switch (static_cast<Field>(field)) {
    case FamilyName:
        return tr("Family name");
    case GivenNames:
        return tr("Given names");
    case SexField:
        return tr("Sex");
    case Birth:
        return tr("Birth");
    case Phone:
        return tr("Phone");
    case Village:
        return tr("Village");
    case Address:
        return tr("Address");
    case Allergies:
        return tr("Allergies");
    case FieldCount:
        break;
    }
    return {};
}

QString ConflictComparisonModel::fieldText(const Patient &patient, int field)
{
    switch (static_cast<Field>(field)) {
    case FamilyName:
        return patient.familyName;
    case GivenNames:
        return patient.givenNames;
    case SexField:
        return label(patient.sex);
    case Birth:
        return birthText(patient);
    case Phone:
        return patient.phone;
    case Village:
        return patient.village;
    case Address:
        return patient.address;
    case Allergies:
        return patient.allergies.isEmpty() ? tr("None known") : QLocale().createSeparatedList(patient.allergies);
    case FieldCount:
        break;
    }
    return {};
}

bool ConflictComparisonModel::sameValue(const Patient &a, const Patient &b, int field)
{
    switch (static_cast<Field>(field)) {
    case FamilyName:
        return a.familyName == b.familyName;
    case GivenNames:
        return a.givenNames == b.givenNames;
    case SexField:
        return a.sex == b.sex;
    case Birth:
        return a.birthDate == b.birthDate && a.estimatedBirthYear == b.estimatedBirthYear;
    case Phone:
        return a.phone == b.phone;
    case Village:
        return a.village == b.village;
    case Address:
        return a.address == b.address;
    case Allergies:
        return a.allergies == b.allergies;
    case FieldCount:
        break;
    }
    return true;
}

namespace {

// Copies `field` of `from` into `to`.
void copyField(Patient &to, const Patient &from, int field)
{
    switch (static_cast<ConflictComparisonModel::Field>(field)) {
    case ConflictComparisonModel::FamilyName:
        to.familyName = from.familyName;
        break;
    case ConflictComparisonModel::GivenNames:
        to.givenNames = from.givenNames;
        break;
    case ConflictComparisonModel::SexField:
        to.sex = from.sex;
        break;
    case ConflictComparisonModel::Birth:
        to.birthDate = from.birthDate;
        to.estimatedBirthYear = from.estimatedBirthYear;
        break;
    case ConflictComparisonModel::Phone:
        to.phone = from.phone;
        break;
    case ConflictComparisonModel::Village:
        to.village = from.village;
        break;
    case ConflictComparisonModel::Address:
        to.address = from.address;
        break;
    case ConflictComparisonModel::Allergies:
        to.allergies = from.allergies;
        break;
    case ConflictComparisonModel::FieldCount:
        break;
    }
}

} // namespace

bool ConflictComparisonModel::differs(int field) const
{
    if (field < 0 || field >= FieldCount || versions_.empty())
        return false;
    for (const Patient &version : versions_) {
        if (!sameValue(versions_.front(), version, field))
            return true;
    }
    return false;
}

int ConflictComparisonModel::chosenVersion(int field) const
{
    if (field < 0 || field >= static_cast<int>(chosen_.size()))
        return 0;
    return chosen_[static_cast<std::size_t>(field)];
}

void ConflictComparisonModel::choose(int field, int version)
{
    if (!choosable_ || field < 0 || field >= FieldCount || version < 0 || version >= versionCount() || !differs(field))
        return;
    chosen_[static_cast<std::size_t>(field)] = version;
    rowChanged(field);
}

void ConflictComparisonModel::chooseAll(int version)
{
    for (int field = 0; field < FieldCount; ++field)
        choose(field, version);
}

void ConflictComparisonModel::rowChanged(int field)
{
    Q_EMIT dataChanged(index(field, 0), index(field, columnCount() - 1));
}

Patient ConflictComparisonModel::resolution() const
{
    if (versions_.empty())
        return {};
    Patient result = versions_.front();
    for (int field = 0; field < FieldCount; ++field)
        copyField(result, versions_[static_cast<std::size_t>(chosenVersion(field))], field);
    return result;
}

int ConflictComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || versions_.empty() ? 0 : FieldCount;
}

int ConflictComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : versionCount();
}

QVariant ConflictComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int field = index.row();
    const int version = index.column();
    const bool isDifferent = differs(field);
    const bool isChosen = chosenVersion(field) == version;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return fieldText(versions_[static_cast<std::size_t>(version)], field);
    case Qt::AccessibleTextRole: {
        const QString text = fieldText(versions_[static_cast<std::size_t>(version)], field);
        if (!isDifferent)
            return tr("%1: %2 (the same in every version)").arg(fieldLabel(field), text);
        return isChosen ? tr("%1: %2 (kept)").arg(fieldLabel(field), text) : tr("%1: %2").arg(fieldLabel(field), text);
    }
    case Qt::CheckStateRole:
        if (!isDifferent)
            return {};
        return isChosen ? Qt::Checked : Qt::Unchecked;
    case Qt::BackgroundRole:
        // Amber for the fields that need a decision, stronger on the value kept.
        if (!isDifferent)
            return {};
        return QBrush(isChosen ? QColor(255, 213, 128) : QColor(255, 243, 205));
    case Qt::ForegroundRole:
        return isDifferent ? QVariant(QBrush(QColor(33, 33, 33))) : QVariant();
    case Qt::FontRole:
        if (isDifferent && isChosen) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ConflictComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return fieldLabel(section);
    if (section >= 0 && section < headers_.size())
        return headers_.at(section);
    return {};
}

Qt::ItemFlags ConflictComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (choosable_ && differs(index.row()))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ConflictComparisonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // Radio semantics: checking a value keeps it; a value is never "unchecked" into nothing.
    if (role != Qt::CheckStateRole || !index.isValid() || !choosable_ || !differs(index.row()))
        return false;
    if (static_cast<Qt::CheckState>(value.toInt()) != Qt::Checked)
        return false;
    choose(index.row(), index.column());
    return true;
}

} // namespace medinexus::client::gui
