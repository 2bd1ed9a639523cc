#include "server/storage/patient_search_plan.h"

#include "shared/model/patient_search.h"

namespace medinexus::server {

PatientSearchPlan planPatientSearch(const PatientQuery &query, int maxLimit)
{
    PatientSearchPlan plan;
    plan.limit = std::min(query.limit, maxLimit);
    if (plan.limit <= 0)
        return plan;
    plan.birthYear = query.birthYear;
    plan.text = query.text.trimmed();
    if (plan.text.isEmpty())
        return plan;
    if (search::looksLikePhone(plan.text)) {
        plan.phoneDigits = search::phoneDigits(plan.text);
    } else {
        plan.nameWords = search::queryWords(plan.text);
        std::stable_sort(plan.nameWords.begin(), plan.nameWords.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
    return plan;
}

} // namespace medinexus::server
