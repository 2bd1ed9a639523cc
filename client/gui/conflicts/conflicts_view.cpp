#include "client/gui/conflicts/conflicts_view.h"

#include "client/core/cache/local_changes.h"
#include "client/core/cache/outbox.h"
#include "client/gui/conflicts/conflict_comparison_model.h"
#include "client/gui/workspace/workspace.h"
#include "shared/ids/patient_number.h"
#include "shared/storage/sqlite_connection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace medinexus::client::gui {

namespace {

constexpr int kPatientIdRole = Qt::UserRole + 1;
enum Page { EmptyPage, ConflictsPage };

QString numberText(const QString &compact)
{
    if (auto number = PatientNumber::parse(compact))
        return number->toString();
    return compact;
}

} // namespace

ConflictsView::ConflictsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      workspace_(workspace),
      pages_(new QStackedWidget(this)),
      emptyLabel_(new QLabel(tr("No conflicts"), this)),
      patientList_(new QListWidget(this)),
      titleLabel_(new QLabel(this)),
      comparison_(new QTableView(this)),
      model_(new ConflictComparisonModel(this)),
      takeAllRow_(new QHBoxLayout),
      messageLabel_(new QLabel(this)),
      openRecordButton_(new QPushButton(tr("&Open the record"), this)),
      resolveButton_(new QPushButton(tr("&Resolve"), this))
{
    emptyLabel_->setObjectName(QStringLiteral("noConflictsLabel"));
    emptyLabel_->setAlignment(Qt::AlignCenter);

    patientList_->setObjectName(QStringLiteral("conflictPatients"));
    patientList_->setAccessibleName(tr("Patients with conflicting versions"));
    titleLabel_->setObjectName(QStringLiteral("conflictTitle"));
    titleLabel_->setTextFormat(Qt::PlainText);
    QFont titleFont = titleLabel_->font();
    titleFont.setBold(true);
    titleLabel_->setFont(titleFont);
    auto *explanation = new QLabel(tr("This patient was changed at two places on the same version. For each "
                                      "highlighted line, check the value to keep (the server's until you choose "
                                      "another: click it or press Space), then Resolve."),
                                   this);
    explanation->setWordWrap(true);

    comparison_->setObjectName(QStringLiteral("conflictComparison"));
    comparison_->setAccessibleName(tr("Versions of the patient, field by field"));
    comparison_->setModel(model_);
    comparison_->setSelectionMode(QAbstractItemView::SingleSelection);
    comparison_->setSelectionBehavior(QAbstractItemView::SelectItems);
    comparison_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    comparison_->setWordWrap(true);
    comparison_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    comparison_->horizontalHeader()->setSectionsClickable(true);
    comparison_->horizontalHeader()->setToolTip(tr("Click a version's title to keep all its values."));
    comparison_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    messageLabel_->setObjectName(QStringLiteral("conflictMessage"));
    messageLabel_->setWordWrap(true);
    messageLabel_->setTextFormat(Qt::PlainText);
    openRecordButton_->setObjectName(QStringLiteral("openRecordButton"));
    resolveButton_->setObjectName(QStringLiteral("resolveButton"));
    resolveButton_->setToolTip(tr("Save the checked values as the patient's version for every clinic."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openRecordButton_);
    buttons->addStretch(1);
    buttons->addWidget(resolveButton_);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(titleLabel_);
    detailLayout->addWidget(explanation);
    detailLayout->addWidget(comparison_, 1);
    detailLayout->addLayout(takeAllRow_);
    detailLayout->addWidget(messageLabel_);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(patientList_);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 3);
    pages_->insertWidget(EmptyPage, emptyLabel_);
    pages_->insertWidget(ConflictsPage, splitter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    setTabOrder(patientList_, comparison_);

    connect(patientList_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            showComparison(current->data(kPatientIdRole).toUuid());
    });
    auto chooseCell = [this](const QModelIndex &index) {
        if (index.isValid())
            model_->choose(index.row(), index.column());
    };
    connect(comparison_, &QTableView::clicked, this, chooseCell);
    connect(comparison_, &QTableView::activated, this, chooseCell);
    connect(comparison_->horizontalHeader(), &QHeaderView::sectionClicked, model_,
            &ConflictComparisonModel::chooseAll);
    connect(openRecordButton_, &QPushButton::clicked, this, [this] {
        if (!shownPatient_.isNull())
            Q_EMIT openPatientRequested(shownPatient_);
    });
    connect(resolveButton_, &QPushButton::clicked, this, &ConflictsView::resolve);
    connect(&workspace_, &Workspace::recordsChanged, this, &ConflictsView::refresh);

    model_->setChoosable(workspace_.can(Action::ResolvePatientConflict));
    refresh();
}

QList<QUuid> ConflictsView::listedPatients() const
{
    QList<QUuid> ids;
    for (int row = 0; row < patientList_->count(); ++row)
        ids << patientList_->item(row)->data(kPatientIdRole).toUuid();
    return ids;
}

void ConflictsView::showPatient(const QUuid &patientId)
{
    for (int row = 0; row < patientList_->count(); ++row) {
        if (patientList_->item(row)->data(kPatientIdRole).toUuid() == patientId) {
            patientList_->setCurrentRow(row);
            return;
        }
    }
}

bool ConflictsView::resolutionWaiting(const QUuid &patientId)
{
    if (!resolutionsWaiting_.contains(patientId))
        return false;
    if (Outbox(workspace_.cache().connection()).pendingFor(ObjectType::Patient, patientId))
        return true;
    resolutionsWaiting_.remove(patientId);
    return false;
}

void ConflictsView::refresh()
{
    std::vector<CachedConflict> conflicts;
    try {
        conflicts = workspace_.records().conflicts();
    } catch (const sqlite::Error &) {
        messageLabel_->setText(tr("The conflicts could not be read from this computer."));
        return;
    }

    // One line per patient, in the order their first conflict arrived.
    std::vector<QUuid> patients;
    QHash<QUuid, int> versionsProposed;
    for (const CachedConflict &conflict : conflicts) {
        if (!versionsProposed.contains(conflict.patientId))
            patients.push_back(conflict.patientId);
        ++versionsProposed[conflict.patientId];
    }

    const QUuid previous = shownPatient_;
    {
        const QSignalBlocker blocker(patientList_);
        patientList_->clear();
        for (const QUuid &id : patients) {
            const auto patient = workspace_.records().patient(id);
            const QString name = patient ? displayName(*patient) : tr("Patient not on this computer");
            const QString number = patient ? numberText(patient->number) : QString();
            QString text = tr("%1 (%2): %n other version(s)", "conflict list", versionsProposed.value(id)).arg(name, number);
            if (resolutionWaiting(id))
                text += QLatin1Char('\n') + tr("Resolved, waiting for the next sync");
            auto *item = new QListWidgetItem(text, patientList_);  // owned by the list
            item->setData(kPatientIdRole, QVariant::fromValue(id));
        }
    }

    if (patients.empty()) {
        shownPatient_ = QUuid();
        shownChanges_.clear();
        model_->setVersions({}, {});
        pages_->setCurrentIndex(EmptyPage);
        return;
    }
    pages_->setCurrentIndex(ConflictsPage);
    const auto keep = std::find(patients.begin(), patients.end(), previous);
    const int row = keep != patients.end() ? static_cast<int>(keep - patients.begin()) : 0;
    {
        const QSignalBlocker blocker(patientList_);
        patientList_->setCurrentRow(row);
    }
    showComparison(patients[static_cast<std::size_t>(row)]);
}

QString ConflictsView::proposalHeader(const CachedConflict &conflict)
{
    return tr("Proposed by %1\n%2\n%3")
        .arg(workspace_.userName(conflict.authorId), workspace_.facilityName(conflict.facilityId),
             QLocale().toString(conflict.receivedAt.toLocalTime(), QLocale::ShortFormat));
}

void ConflictsView::showComparison(const QUuid &patientId)
{
    std::vector<CachedConflict> conflicts;
    std::optional<Patient> server;
    try {
        conflicts = workspace_.records().conflicts(patientId);
        server = workspace_.records().serverPatient(patientId);
        if (!server)
            server = workspace_.records().patient(patientId);
    } catch (const sqlite::Error &) {
        messageLabel_->setText(tr("The conflicts could not be read from this computer."));
        return;
    }
    if (!server) {
        shownPatient_ = patientId;
        shownChanges_.clear();
        titleLabel_->setText(tr("This patient is not on this computer."));
        model_->setVersions({}, {});
        rebuildTakeAllButtons(0);
        updateActions();
        return;
    }

    std::vector<QUuid> changes;
    for (const CachedConflict &conflict : conflicts)
        changes.push_back(conflict.changeId);
    // A refresh that brings nothing new for this patient keeps the user's choices.
    if (patientId == shownPatient_ && changes == shownChanges_ && server->version == shownServerVersion_) {
        updateActions();
        return;
    }

    std::vector<Patient> versions{*server};
    QStringList headers{tr("On the server\n(version %1)").arg(server->version)};
    for (const CachedConflict &conflict : conflicts) {
        versions.push_back(conflict.proposed);
        headers << proposalHeader(conflict);
    }
    shownPatient_ = patientId;
    shownChanges_ = std::move(changes);
    shownServerVersion_ = server->version;
    titleLabel_->setText(tr("%1, %2").arg(displayName(*server), numberText(server->number)));
    messageLabel_->clear();
    const int versionCount = static_cast<int>(versions.size());
    model_->setVersions(std::move(versions), headers);
    rebuildTakeAllButtons(versionCount);
    updateActions();
}

void ConflictsView::rebuildTakeAllButtons(int versionCount)
{
    for (QPushButton *button : std::as_const(takeAllButtons_)) {
        takeAllRow_->removeWidget(button);
        button->deleteLater();
    }
    takeAllButtons_.clear();
    for (int version = 0; version < versionCount; ++version) {
        auto *button = new QPushButton(version == 0 ? tr("Keep all from the server") : tr("Take all from this version"),
                                       this);
        button->setObjectName(QStringLiteral("takeAllButton%1").arg(version));
        button->setAccessibleName(version == 0 ? tr("Keep every value of the server's version")
                                               : tr("Take every value of proposed version %1").arg(version));
        connect(button, &QPushButton::clicked, model_, [this, version] { model_->chooseAll(version); });
        takeAllRow_->addWidget(button, 1);
        takeAllButtons_ << button;
    }
}

void ConflictsView::updateActions()
{
    const bool allowed = workspace_.can(Action::ResolvePatientConflict);
    const bool waiting = !shownPatient_.isNull() && resolutionWaiting(shownPatient_);
    const bool comparable = model_->versionCount() > 1;
    resolveButton_->setEnabled(allowed && comparable && !waiting);
    for (QPushButton *button : std::as_const(takeAllButtons_))
        button->setEnabled(allowed && !waiting);
    openRecordButton_->setEnabled(!shownPatient_.isNull());
    if (!allowed) {
        const QString refusal = refusalMessage(workspace_.role(), Action::ResolvePatientConflict);
        resolveButton_->setToolTip(refusal);
        messageLabel_->setText(refusal);
    } else if (waiting) {
        messageLabel_->setText(tr("Your resolution is saved on this computer. The conflict closes for every clinic "
                                  "at the next sync."));
    }
}

void ConflictsView::resolve()
{
    if (shownPatient_.isNull() || model_->versionCount() < 2)
        return;
    const QUuid patientId = shownPatient_;
    try {
        workspace_.resolveConflict(model_->resolution());
    } catch (const WriteRefused &refused) {
        QStringList lines{refused.message()};
        lines << messages(refused.errors());
        messageLabel_->setText(lines.join(QLatin1Char('\n')));
        return;
    } catch (const sqlite::Error &) {
        messageLabel_->setText(tr("The resolution could not be saved on this computer. Nothing was changed."));
        return;
    }
    resolutionsWaiting_.insert(patientId);
    // The write announced recordsChanged (refresh) before the patient was marked: again.
    refresh();
}

} // namespace medinexus::client::gui
