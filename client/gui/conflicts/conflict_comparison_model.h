#pragma once

// Versions of one patient side by side, one row per demographic field: column 0 is the
// server's version, the others the versions proposed on older ones. Rows where the versions
// differ are highlighted and the user checks, per row, the value to keep (the server's until
// told otherwise); resolution() composes the chosen values onto the server's version.

#include "shared/model/patient.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace medinexus::client::gui {

class ConflictComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Field { FamilyName, GivenNames, SexField, Birth, Phone, Village, Address, Allergies, FieldCount };

    explicit ConflictComparisonModel(QObject *parent = nullptr);

    // `versions`: the server's first, then each proposed one; `headers`: one per version.
    void setVersions(std::vector<Patient> versions, QStringList headers);
    // Whether the user may choose (false: read only, e.g. for a role that may not resolve).
    void setChoosable(bool choosable);
    [[nodiscard]] int versionCount() const { return static_cast<int>(versions_.size()); }

    // Keeps the value of `version` for `field` (ignored on rows where all versions agree).
    void choose(int field, int version);
    // Keeps every differing value of `version`.
    void chooseAll(int version);
    [[nodiscard]] int chosenVersion(int field) const;
    [[nodiscard]] bool differs(int field) const;
    // The server's version with the chosen value of every field.
    [[nodiscard]] Patient resolution() const;

    static QString fieldLabel(int field);
    static QString fieldText(const Patient &patient, int field);
    static bool sameValue(const Patient &a, const Patient &b, int field);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void rowChanged(int field);

    std::vector<Patient> versions_;
    QStringList headers_;
    std::vector<int> chosen_;  // per field, the version kept
    bool choosable_ = true;
};

} // namespace medinexus::client::gui
