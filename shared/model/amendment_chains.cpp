#include "shared/model/amendment_chains.h"

#include "shared/ids/uuid.h"
#include "shared/validation/validator.h"

#include <QHash>
#include <QSet>

namespace medinexus {

namespace {

struct Index {
    QHash<QUuid, const ClinicalEntry *> byId;
    QSet<QUuid> amended;  // ids some entry amends

    explicit Index(const std::vector<ClinicalEntry> &record)
    {
        byId.reserve(static_cast<qsizetype>(record.size()));
        for (const ClinicalEntry &entry : record) {
            byId.insert(entry.id, &entry);
            if (entry.amends)
                amended.insert(*entry.amends);
        }
    }

    QUuid root(QUuid id) const
    {
        // Bounded by the record's size: a malformed cycle cannot loop forever.
        for (qsizetype steps = 0; steps <= byId.size(); ++steps) {
            const ClinicalEntry *entry = byId.value(id, nullptr);
            if (!entry || !entry->amends || !byId.contains(*entry->amends))
                return id;
            id = *entry->amends;
        }
        return id;
    }

    bool isLeaf(const ClinicalEntry &entry) const { return !amended.contains(entry.id); }

    // Of the leaves of the chain rooted at `chain`, the one in effect.
    const ClinicalEntry *inEffect(const QUuid &chain, const std::vector<ClinicalEntry> &record) const
    {
        const ClinicalEntry *best = nullptr;
        for (const ClinicalEntry &entry : record) {
            if (!isLeaf(entry) || root(entry.id) != chain)
                continue;
            if (!best || entry.recordedAt > best->recordedAt
                || (entry.recordedAt == best->recordedAt && uuidToString(entry.id) > uuidToString(best->id)))
                best = &entry;
        }
        return best;
    }
};

} // namespace

QUuid chainRoot(const std::vector<ClinicalEntry> &record, const QUuid &id)
{
    return Index(record).root(id);
}

std::optional<ClinicalEntry> entryInEffect(const std::vector<ClinicalEntry> &record, const QUuid &id)
{
    const Index index(record);
    if (!index.byId.contains(id))
        return std::nullopt;
    const ClinicalEntry *current = index.inEffect(index.root(id), record);
    if (!current)
        return std::nullopt;
    return *current;
}

int dispensedQuantity(const std::vector<ClinicalEntry> &record, const QUuid &prescriptionId)
{
    const Index index(record);
    const QUuid prescriptionChain = index.root(prescriptionId);
    int total = 0;
    QSet<QUuid> countedChains;
    for (const ClinicalEntry &entry : record) {
        const auto *body = std::get_if<DispensationBody>(&entry.body);
        if (!body || !index.isLeaf(entry))
            continue;
        const QUuid chain = index.root(entry.id);
        if (countedChains.contains(chain) || index.inEffect(chain, record) != &entry)
            continue;
        countedChains.insert(chain);
        if (index.root(body->prescriptionId) == prescriptionChain)
            total += body->quantity;
    }
    return total;
}

DispensationCheck checkDispensation(const ClinicalEntry &dispensation, const std::vector<ClinicalEntry> &record)
{
    DispensationCheck check;
    const auto *given = std::get_if<DispensationBody>(&dispensation.body);
    if (!given)
        return check;
    const auto prescription = entryInEffect(record, given->prescriptionId);
    if (!prescription)
        return check;
    check.prescriptionFound = true;
    int already = dispensedQuantity(record, given->prescriptionId);
    if (dispensation.amends) {
        const auto replaced = entryInEffect(record, *dispensation.amends);
        const auto *before = replaced ? std::get_if<DispensationBody>(&replaced->body) : nullptr;
        if (before && chainRoot(record, before->prescriptionId) == chainRoot(record, given->prescriptionId))
            already -= before->quantity;
    }
    check.errors = validateDispensation(dispensation, *prescription, already);
    return check;
}

} // namespace medinexus
