#include "TestSupport.h"

#include "core/RunbookLoader.h"
#include "engine/checklist/ChecklistSession.h"
#include "store/AsyncStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace cockpit;

namespace {

Runbook minimalRunbook()
{
    return RunbookLoader::loadFile(test::dataPath(QStringLiteral("runbooks/minimal.json"))).value();
}

// Not applicable and blocked need a reason; these changes carry one.
ItemChange statusChange(const QString& itemId, ItemStatus status)
{
    ItemChange change;
    change.itemId = itemId;
    change.actor = QStringLiteral("alice");
    change.status = status;
    if (status == ItemStatus::NotApplicable || status == ItemStatus::Blocked)
        change.note = QStringLiteral("reason for ") + itemStatusToken(status);
    return change;
}

} // namespace

TEST(AsyncStore, AnswersOffTheCallingThreadInOrder)
{
    QTemporaryDir dir;
    AsyncStore store(dir.filePath(QStringLiteral("s.sqlite")));
    const auto version = test::await(store.open());
    ASSERT_TRUE(version && version->ok());
    const auto rollout
        = test::await(store.ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("a")));
    ASSERT_TRUE(rollout && rollout->ok());
    QList<QFuture<Result<ItemState>>> futures;
    const QList<ItemStatus> sequence{ItemStatus::Done, ItemStatus::Blocked, ItemStatus::NotApplicable,
                                     ItemStatus::Done};
    for (ItemStatus status : sequence)
        futures.append(store.applyItemChange(rollout->value().id, statusChange(QStringLiteral("x"), status)));
    for (auto& future : futures)
        ASSERT_TRUE(test::await(future).has_value());
    const auto audit = test::await(store.auditLog(rollout->value().id, QStringLiteral("x")));
    ASSERT_TRUE(audit && audit->ok());
    QStringList statuses;
    for (const AuditEntry& entry : audit->value()) {
        if (entry.field == QLatin1String("status"))
            statuses.prepend(entry.newValue);
    }
    EXPECT_EQ(statuses,
              (QStringList{QStringLiteral("done"), QStringLiteral("blocked"), QStringLiteral("not_applicable"),
                           QStringLiteral("done")}));
}

TEST(AsyncStore, DestroyingItFinishesEveryAcceptedChange)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    qint64 rolloutId = 0;
    {
        AsyncStore store(path);
        (void)store.open();
        const auto rollout
            = test::await(store.ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("a")));
        ASSERT_TRUE(rollout && rollout->ok());
        rolloutId = rollout->value().id;
        for (int i = 0; i < 50; ++i)
            (void)store.applyItemChange(rolloutId, statusChange(QStringLiteral("item-%1").arg(i), ItemStatus::Done));
        // Destroyed here, with the changes still queued.
    }
    auto reopened = Store::open(path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened.value()->checklistStates(rolloutId)->size(), 50);
}

TEST(AsyncStore, ReportsAFailedOpenAndRefusesLaterJobs)
{
    QTemporaryDir dir;
    AsyncStore store(test::unwritablePath(dir.path(), QStringLiteral("s.sqlite")));
    const auto opened = test::await(store.open());
    ASSERT_TRUE(opened.has_value());
    EXPECT_FALSE(opened->ok());
    const auto rollout
        = test::await(store.ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("a")));
    ASSERT_TRUE(rollout.has_value());
    ASSERT_FALSE(rollout->ok());
    EXPECT_EQ(rollout->error().message, QStringLiteral("the store is not open"));
}

TEST(ChecklistSession, LoadsSavesAndCountsProgress)
{
    QTemporaryDir dir;
    AsyncStore store(dir.filePath(QStringLiteral("s.sqlite")));
    (void)store.open();
    ChecklistSession session(minimalRunbook(), store);
    QSignalSpy loaded(&session, &ChecklistSession::loaded);
    session.start(QStringLiteral("alice"));
    EXPECT_FALSE(session.apply(statusChange(QStringLiteral("infra.kernel"), ItemStatus::Done))); // not loaded yet
    ASSERT_TRUE(test::waitFor([&] { return loaded.count() == 1; }));
    EXPECT_EQ(session.progress().total, 3);
    EXPECT_EQ(session.progress().complete(), 0);

    QSignalSpy pending(&session, &ChecklistSession::itemPending);
    QSignalSpy saved(&session, &ChecklistSession::itemSaved);
    ASSERT_TRUE(session.apply(statusChange(QStringLiteral("infra.kernel"), ItemStatus::Done)));
    EXPECT_EQ(pending.count(), 1);
    EXPECT_TRUE(session.isPending(QStringLiteral("infra.kernel")));
    EXPECT_EQ(session.state(QStringLiteral("infra.kernel")).status, ItemStatus::Open); // not saved yet
    ASSERT_TRUE(test::waitFor([&] { return saved.count() == 1; }));
    EXPECT_FALSE(session.isPending(QStringLiteral("infra.kernel")));
    EXPECT_EQ(session.state(QStringLiteral("infra.kernel")).status, ItemStatus::Done);
    EXPECT_EQ(session.state(QStringLiteral("infra.kernel")).changedBy, QStringLiteral("alice"));

    ASSERT_TRUE(session.apply(statusChange(QStringLiteral("ha.patroni"), ItemStatus::Blocked)));
    ASSERT_TRUE(session.apply(statusChange(QStringLiteral("infra.ports"), ItemStatus::NotApplicable)));
    ASSERT_TRUE(test::waitFor([&] { return session.pendingCount() == 0; }));
    const Progress progress = session.progress();
    EXPECT_EQ(progress.done, 1);
    EXPECT_EQ(progress.notApplicable, 1);
    EXPECT_EQ(progress.blocked, 1);
    EXPECT_EQ(progress.complete(), 2);
    EXPECT_EQ(session.sectionProgress(0).complete(), 2);
    EXPECT_EQ(session.sectionProgress(1).blocked, 1);

    EXPECT_FALSE(session.apply(statusChange(QStringLiteral("no.such.item"), ItemStatus::Done)));
}

TEST(ChecklistSession, SignalsALoadFailureWhenTheStoreIsUnusable)
{
    QTemporaryDir dir;
    AsyncStore store(test::unwritablePath(dir.path(), QStringLiteral("s.sqlite")));
    (void)store.open();
    ChecklistSession session(minimalRunbook(), store);
    QSignalSpy failed(&session, &ChecklistSession::loadFailed);
    session.start(QStringLiteral("alice"));
    ASSERT_TRUE(test::waitFor([&] { return failed.count() == 1; }));
    EXPECT_FALSE(session.isLoaded());
}
