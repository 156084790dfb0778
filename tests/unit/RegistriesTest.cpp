// The registries that name things in two places stay in step: what a runbook may name is what
// the engine implements.
#include "core/Runbook.h"
#include "core/Verification.h"
#include "engine/migration/Executors.h"
#include "engine/readiness/Rules.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace cockpit;

TEST(Registries, EveryRuleTheLoaderAcceptsIsJudgedAndNoOther)
{
    QStringList accepted = ruleNames();
    QStringList judged = judgedRuleNames();
    accepted.sort();
    judged.sort();
    EXPECT_EQ(accepted, judged);
    for (const QString& rule : ruleNames())
        EXPECT_FALSE(applyRule(rule, {}).observed.startsWith(QStringLiteral("no rule named"))) << rule.toStdString();
}

TEST(Registries, EveryActionKindHasAnExecutorOfItsOwn)
{
    QSet<const migration::Executor*> executors;
    for (const QString& token : actionKindTokens()) {
        const auto kind = parseActionKind(token);
        ASSERT_TRUE(kind.has_value()) << token.toStdString();
        EXPECT_EQ(actionKindToken(*kind), token);
        executors.insert(&migration::executorFor(*kind));
    }
    EXPECT_EQ(executors.size(), actionKindTokens().size()) << "two action kinds share an executor";
}
