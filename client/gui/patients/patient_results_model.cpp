#include "client/gui/patients/patient_results_model.h"

#include "client/gui/workspace/entry_text.h"
#include "shared/ids/patient_number.h"

namespace medinexus::client::gui {

QString displayNumber(const QString &compactNumber)
{
    if (auto number = PatientNumber::parse(compactNumber))
        return number->toString();
    return compactNumber;
}

QString ageAndBirthText(const Patient &patient)
{
    const QString age = ageText(patient);
    const QString birth = birthText(patient);
    if (age.isEmpty())
        return birth;
    if (birth.isEmpty())
        return age;
    return PatientResultsModel::tr("%1 (%2)", "age (birth date)").arg(age, birth);
}

PatientResultsModel::PatientResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PatientResultsModel::setPatients(std::vector<Patient> patients)
{
    beginResetModel();
    patients_ = std::move(patients);
    endResetModel();
}

QUuid PatientResultsModel::patientIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return patients_[static_cast<std::size_t>(row)].id;
}

int PatientResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(patients_.size());
}

int PatientResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Patient &patient = patients_[static_cast<std::size_t>(index.row())];
    if (role == PatientIdRole)
        return QVariant::fromValue(patient.id);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case NameColumn:
        return displayName(patient);
    case NumberColumn:
        return displayNumber(patient.number);
    case SexColumn:
        return label(patient.sex);
    case BirthColumn:
        return ageAndBirthText(patient);
    case VillageColumn:
        return patient.village;
    case PhoneColumn:
        return patient.phone;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PatientResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case NumberColumn:
        return tr("Patient number");
    case SexColumn:
        return tr("Sex");
    case BirthColumn:
        return tr("Age (birth)");
    case VillageColumn:
        return tr("Village");
    case PhoneColumn:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace medinexus::client::gui
