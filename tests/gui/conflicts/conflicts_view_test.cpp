// A real conflict (two clinics editing one patient, one of them offline), shown side by side
// in the conflicts view, resolved field by field, and closed on both clinics after sync.
#include "client/gui/conflicts/conflicts_view.h"

#include "client/gui/conflicts/conflict_comparison_model.h"
#include "tests/gui/support/gui_test_support.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace medinexus::client::gui::testing {
namespace {

using Field = ConflictComparisonModel::Field;

QString cell(const QTableView *table, Field field, int version)
{
    return table->model()->index(field, version).data().toString();
}

bool kept(const QTableView *table, Field field, int version)
{
    return table->model()->index(field, version).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

void clickCell(QTableView *table, Field field, int version)
{
    const QModelIndex index = table->model()->index(field, version);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

TEST(ConflictsViewTest, TwoClinicsEditsAreComparedAndResolvedFieldByField)
{
    const Community community;
    Device hospital;
    Device clinic;
    auto doctor = openWorkspace(hospital, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    // The nurse's computer has been online once (so she may work offline), then loses the link.
    ASSERT_TRUE(openWorkspace(clinic, community.profile, QStringLiteral("inf.ndiaye")));

    ConflictsView view(*doctor);
    view.show();
    auto *empty = child<QLabel>(&view, QStringLiteral("noConflictsLabel"));
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(view.listedPatients().isEmpty());

    const Patient original = doctor->records().patients().front();
    const QString doctorsPhone = QStringLiteral("+221 70 000 00 01");
    const QString nursesPhone = QStringLiteral("+221 78 999 88 77");
    const QString nursesVillage = original.village == QStringLiteral("Dindéfelo") ? QStringLiteral("Ibel")
                                                                                    : QStringLiteral("Dindéfelo");

    // The nurse, offline, changes the village and the phone of the version she has.
    {
        LoginResult offline = clinic.login(community.unreachable, QStringLiteral("inf.ndiaye"));
        ASSERT_TRUE(offline.session) << offline.message.toStdString();
        ASSERT_TRUE(offline.offline);
        Workspace nurseOffline(std::move(offline.session), true);
        Patient byNurse = *nurseOffline.records().patient(original.id);
        ASSERT_EQ(byNurse.version, original.version);
        byNurse.village = nursesVillage;
        byNurse.phone = nursesPhone;
        nurseOffline.editPatient(byNurse);
    }
    // Meanwhile the doctor changes the phone, and the server accepts it first.
    Patient byDoctor = original;
    byDoctor.phone = doctorsPhone;
    doctor->editPatient(byDoctor);
    ASSERT_TRUE(syncAndWait(*doctor));
    // The nurse comes back online: her edit is on an old version, the server keeps it aside.
    auto nurse = openWorkspace(clinic, community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(nurse);
    ASSERT_EQ(nurse->records().conflicts(original.id).size(), 1u);
    ASSERT_TRUE(syncAndWait(*doctor));
    ASSERT_EQ(doctor->records().conflicts(original.id).size(), 1u);

    // The doctor's view lists it (re-read on recordsChanged) and compares the two versions.
    ASSERT_TRUE(waitUntil([&] { return view.listedPatients() == QList<QUuid>{original.id}; }));
    EXPECT_FALSE(empty->isVisible());
    EXPECT_EQ(view.shownPatient(), original.id);
    auto *table = child<QTableView>(&view, QStringLiteral("conflictComparison"));
    auto *resolve = child<QPushButton>(&view, QStringLiteral("resolveButton"));
    ASSERT_TRUE(table && resolve);
    ASSERT_EQ(table->model()->columnCount(), 2) << "the server's version and the nurse's";
    EXPECT_EQ(cell(table, Field::Phone, 0), doctorsPhone);
    EXPECT_EQ(cell(table, Field::Phone, 1), nursesPhone);
    EXPECT_EQ(cell(table, Field::Village, 0), original.village);
    EXPECT_EQ(cell(table, Field::Village, 1), nursesVillage);
    // Who proposed it, and where.
    const QString header = table->model()->headerData(1, Qt::Horizontal).toString();
    EXPECT_TRUE(header.contains(doctor->userName(nurse->user().id))) << header.toStdString();
    EXPECT_TRUE(header.contains(doctor->facilityName(nurse->user().facilityId))) << header.toStdString();
    // The differing fields are highlighted and start with the server's value kept.
    EXPECT_TRUE(table->model()->index(Field::Phone, 1).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(table->model()->index(Field::Village, 1).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(table->model()->index(Field::FamilyName, 1).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(kept(table, Field::Phone, 0));
    EXPECT_TRUE(kept(table, Field::Village, 0));

    // "Take all from this version", then back to the server's, per column.
    auto *takeNurses = child<QPushButton>(&view, QStringLiteral("takeAllButton1"));
    auto *takeServers = child<QPushButton>(&view, QStringLiteral("takeAllButton0"));
    ASSERT_TRUE(takeNurses && takeServers);
    QTest::mouseClick(takeNurses, Qt::LeftButton);
    EXPECT_TRUE(kept(table, Field::Phone, 1));
    EXPECT_TRUE(kept(table, Field::Village, 1));
    QTest::mouseClick(takeServers, Qt::LeftButton);
    EXPECT_TRUE(kept(table, Field::Phone, 0));

    // The doctor keeps her phone and takes the nurse's village, then resolves.
    clickCell(table, Field::Village, 1);
    EXPECT_TRUE(kept(table, Field::Village, 1));
    EXPECT_FALSE(kept(table, Field::Village, 0));
    EXPECT_TRUE(kept(table, Field::Phone, 0));
    ASSERT_TRUE(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    EXPECT_FALSE(resolve->isEnabled()) << "the resolution waits for the sync";

    ASSERT_TRUE(syncAndWait(*doctor));
    ASSERT_TRUE(syncAndWait(*nurse));
    for (Workspace *workspace : {doctor.get(), nurse.get()}) {
        EXPECT_TRUE(workspace->records().conflicts(original.id).empty());
        const auto patient = workspace->records().patient(original.id);
        ASSERT_TRUE(patient);
        EXPECT_EQ(patient->phone, doctorsPhone);
        EXPECT_EQ(patient->village, nursesVillage);
        EXPECT_EQ(patient->familyName, original.familyName);
    }
    EXPECT_TRUE(waitUntil([&] { return view.listedPatients().isEmpty() && empty->isVisible(); }));

    // On the server: a third computer receives the chosen values.
    Device third;
    auto other = openWorkspace(third, community.profile, QStringLiteral("dr.sow"));
    ASSERT_TRUE(other);
    const auto onServer = other->records().patient(original.id);
    ASSERT_TRUE(onServer);
    EXPECT_EQ(onServer->phone, doctorsPhone);
    EXPECT_EQ(onServer->village, nursesVillage);
    EXPECT_EQ(onServer->version, original.version + 2);
    EXPECT_TRUE(other->records().conflicts(original.id).empty());
}

TEST(ConflictsViewTest, ComparisonModelKeepsOneValuePerDifferingField)
{
    ConflictComparisonModel model;
    Patient server;
    server.familyName = QStringLiteral("Diallo");
    server.givenNames = QStringLiteral("Awa");
    server.phone = QStringLiteral("1");
    server.estimatedBirthYear = 1980;
    Patient first = server;
    first.phone = QStringLiteral("2");
    Patient second = server;
    second.estimatedBirthYear.reset();
    second.birthDate = QDate(1980, 5, 4);
    model.setVersions({server, first, second}, {QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("B")});
    EXPECT_EQ(model.columnCount(), 3);
    EXPECT_TRUE(model.differs(Field::Phone));
    EXPECT_TRUE(model.differs(Field::Birth));
    EXPECT_FALSE(model.differs(Field::FamilyName));

    // Unchecking the kept value keeps it; checking another replaces it.
    EXPECT_FALSE(model.setData(model.index(Field::Phone, 0), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(model.chosenVersion(Field::Phone), 0);
    EXPECT_TRUE(model.setData(model.index(Field::Phone, 1), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.chosenVersion(Field::Phone), 1);
    // "All from B" takes B's birth; B's phone is the server's, so the phone follows B too.
    model.chooseAll(2);
    const Patient resolved = model.resolution();
    EXPECT_EQ(resolved.birthDate, QDate(1980, 5, 4));
    EXPECT_FALSE(resolved.estimatedBirthYear) << "a birth is one field: date and estimate together";
    EXPECT_EQ(resolved.phone, QStringLiteral("1"));
    // Fields that agree cannot be chosen at all.
    EXPECT_FALSE(model.flags(model.index(Field::FamilyName, 1)).testFlag(Qt::ItemIsUserCheckable));

    model.setChoosable(false);
    model.choose(Field::Phone, 1);
    EXPECT_EQ(model.chosenVersion(Field::Phone), 2) << "read only: choices are refused";
}

} // namespace
} // namespace medinexus::client::gui::testing
