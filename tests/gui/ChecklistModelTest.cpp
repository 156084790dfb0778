#include "TestSupport.h"

#include "core/RunbookLoader.h"
#include "engine/checklist/ChecklistSession.h"
#include "gui/checklist/ChecklistFilterModel.h"
#include "gui/checklist/ChecklistModel.h"
#include "store/AsyncStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::gui;

namespace {

class ChecklistModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<AsyncStore>(m_dir.filePath(QStringLiteral("s.sqlite")));
        (void)m_store->open();
        auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
        ASSERT_TRUE(runbook.ok());
        m_session = std::make_unique<ChecklistSession>(runbook.value(), *m_store);
        QSignalSpy loaded(m_session.get(), &ChecklistSession::loaded);
        m_session->start(QStringLiteral("alice"));
        ASSERT_TRUE(test::waitFor([&] { return loaded.count() == 1; }));
    }
    void TearDown() override
    {
        m_session.reset();
        m_store.reset();
    }
    void setStatus(const QString& itemId, ItemStatus status)
    {
        ItemChange change;
        change.itemId = itemId;
        change.actor = QStringLiteral("alice");
        change.status = status;
        if (status == ItemStatus::NotApplicable || status == ItemStatus::Blocked)
            change.note = QStringLiteral("the reason");
        ASSERT_TRUE(m_session->apply(change));
        ASSERT_TRUE(test::waitFor([&] { return m_session->pendingCount() == 0; }));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<ChecklistSession> m_session;
};

} // namespace

TEST_F(ChecklistModelTest, PassesTheModelTesterThroughChanges)
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_session.get());
    ASSERT_EQ(model.rowCount(), 6);
    int items = 0;
    for (int s = 0; s < model.rowCount(); ++s)
        items += model.rowCount(model.index(s, 0));
    EXPECT_EQ(items, 77);
    setStatus(QStringLiteral("infra.docker"), ItemStatus::Done);
    setStatus(QStringLiteral("ha.etcd"), ItemStatus::Blocked);
    model.setSession(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ChecklistModelTest, ShowsStatusAuthorAndSectionProgress)
{
    ChecklistModel model;
    model.setSession(m_session.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    setStatus(QStringLiteral("infra.docker"), ItemStatus::Done);
    EXPECT_GE(changed.count(), 2); // pending, then saved
    const QModelIndex item = model.indexOfItem(QStringLiteral("infra.docker"));
    ASSERT_TRUE(item.isValid());
    EXPECT_EQ(item.data().toString(), QStringLiteral("Docker 20.10+ installed and tested"));
    EXPECT_EQ(item.siblingAtColumn(ChecklistModel::StatusColumn).data().toString(), QStringLiteral("Done"));
    EXPECT_EQ(item.siblingAtColumn(ChecklistModel::ChangedByColumn).data().toString(), QStringLiteral("alice"));
    EXPECT_FALSE(item.siblingAtColumn(ChecklistModel::ChangedAtColumn).data().toString().isEmpty());
    EXPECT_EQ(item.parent().siblingAtColumn(ChecklistModel::StatusColumn).data().toString(), QStringLiteral("1 / 15"));
    EXPECT_TRUE(item.parent().data(ChecklistModel::IsSectionRole).toBool());
    EXPECT_EQ(item.data(ChecklistModel::ItemIdRole).toString(), QStringLiteral("infra.docker"));
}

TEST_F(ChecklistModelTest, FiltersByTextStatusAndSection)
{
    ChecklistModel model;
    model.setSession(m_session.get());
    ChecklistFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    const auto visibleItems = [&] {
        int count = 0;
        for (int s = 0; s < filter.rowCount(); ++s)
            count += filter.rowCount(filter.index(s, 0));
        return count;
    };
    EXPECT_EQ(visibleItems(), 77);

    filter.setText(QStringLiteral("swappiness")); // matches the typed parameter too
    EXPECT_EQ(visibleItems(), 1);
    EXPECT_EQ(filter.rowCount(), 1);

    filter.setText(QStringLiteral("High Availability")); // a section title shows its items
    EXPECT_EQ(visibleItems(), 5);

    filter.setText({});
    setStatus(QStringLiteral("infra.docker"), ItemStatus::Done);
    setStatus(QStringLiteral("ha.vip"), ItemStatus::Blocked);
    filter.setStatusFilter(ChecklistFilterModel::StatusFilter::Done);
    EXPECT_EQ(visibleItems(), 1);
    filter.setStatusFilter(ChecklistFilterModel::StatusFilter::Incomplete);
    EXPECT_EQ(visibleItems(), 76);
    filter.setStatusFilter(ChecklistFilterModel::StatusFilter::Blocked);
    EXPECT_EQ(visibleItems(), 1);
    filter.setText(QStringLiteral("docker"));
    EXPECT_EQ(visibleItems(), 0);
}
