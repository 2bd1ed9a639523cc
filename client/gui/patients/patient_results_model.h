#pragma once

// The rows of a patient search: one patient per row, in the columns staff use to tell two
// patients apart at a glance (name, number, sex, age and birth, village, phone).

#include "shared/model/patient.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <vector>

namespace medinexus::client::gui {

class PatientResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, NumberColumn, SexColumn, BirthColumn, VillageColumn, PhoneColumn, ColumnCount };
    // The patient's id (QUuid) on every cell.
    static constexpr int PatientIdRole = Qt::UserRole + 1;

    explicit PatientResultsModel(QObject *parent = nullptr);

    void setPatients(std::vector<Patient> patients);
    [[nodiscard]] const std::vector<Patient> &patients() const { return patients_; }
    [[nodiscard]] QUuid patientIdAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Patient> patients_;
};

// "7K2M-QX4D-9HC" for a stored compact number (the stored text itself if it does not parse).
QString displayNumber(const QString &compactNumber);
// "34 years · 12/03/1991" / "about 1991" / "" when unknown.
QString ageAndBirthText(const Patient &patient);

} // namespace medinexus::client::gui
