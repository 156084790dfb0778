// Issue 18.3: legible in light and dark, and every interactive widget named for a screen reader.
#include "TestSupport.h"

#include "TestWindow.h"
#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "core/Settings.h"
#include "engine/checklist/ChecklistSession.h"
#include "gui/Appearance.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/approvals/TimeDialog.h"
#include "gui/profiles/ProfilesDialog.h"
#include "gui/widgets/NoticeBanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::gui;

namespace {

const char* toneName(Tone tone)
{
    switch (tone) {
    case Tone::Good: return "good";
    case Tone::Warning: return "warning";
    case Tone::Bad: return "bad";
    case Tone::Unknown: return "unknown";
    case Tone::Neutral: return "neutral";
    case Tone::Running: return "running";
    }
    return "?";
}

bool isInteractive(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
        || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QPlainTextEdit*>(widget)
        || qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QAbstractSlider*>(widget);
}

// Every interactive widget under root that a person can reach and that has no accessible name
// (what a screen reader announces: its own, its text, or its label's through the buddy).
QStringList unnamed(QWidget* root)
{
    QStringList found;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isInteractive(widget) || !widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Qt's own parts of a composite widget (a spin box's line edit, a combo's view, a
        // scroll bar) are announced through their owner.
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || qobject_cast<QComboBox*>(widget->parentWidget())
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            found << QStringLiteral("%1 \"%2\" in %3")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                              widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
        }
    }
    return found;
}

} // namespace

TEST(Appearance, EveryStatusToneIsLegibleOnTheLightAndTheDarkPalette)
{
    for (const auto& [paletteName, palette] : {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
        EXPECT_EQ(isDark(palette), QByteArray(paletteName) == "dark");
        for (const QPalette::ColorRole ground : {QPalette::Base, QPalette::Window, QPalette::AlternateBase}) {
            const QColor background = palette.color(ground);
            EXPECT_GE(contrastRatio(palette.color(QPalette::Text), background), 4.5) << paletteName;
            for (const Tone tone : kAllTones) {
                const double ratio = contrastRatio(toneColour(tone, palette), background);
                EXPECT_GE(ratio, 4.5) << paletteName << " " << toneName(tone) << " on role " << ground << ": "
                                      << toneColour(tone, palette).name().toStdString() << " on "
                                      << background.name().toStdString() << " is " << ratio;
            }
        }
    }
    // The tones differ from each other on each palette: good never looks like unknown.
    for (const QPalette& palette : {lightPalette(), darkPalette()})
        EXPECT_NE(toneColour(Tone::Good, palette), toneColour(Tone::Unknown, palette));
    // The banners carry their own background: legible whatever the palette.
    for (const auto kind : {NoticeBanner::Kind::Info, NoticeBanner::Kind::Warning, NoticeBanner::Kind::Error,
                            NoticeBanner::Kind::Critical}) {
        const auto colours = NoticeBanner::colours(kind);
        EXPECT_GE(contrastRatio(colours.ink, colours.background), 4.5) << static_cast<int>(kind);
    }
    // The formula: black on white is 21:1, a colour on itself 1:1.
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0, 0.001);
}

class AccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings = Settings::createAt(m_dir.filePath(QStringLiteral("settings.ini")));
        openAt1280x800();
    }
    // A new window at 1280×800, shown, its checklist loaded (with the translator and the palette
    // the application has now).
    void openAt1280x800()
    {
        m_window.reset();
        m_window = test::openWindow(*m_settings, m_dir.filePath(QStringLiteral("cockpit.sqlite")));
        QSignalSpy ready(m_window.get(), &MainWindow::checklistReady);
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(test::waitFor(
            [&] { return ready.count() >= 1 || (m_window->session() && m_window->session()->isLoaded()); }));
    }
    void TearDown() override { m_window.reset(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    test::WindowPtr m_window;
};

// A screen reader announces every button, field, list and table of every tab by a name.
TEST_F(AccessibilityTest, EveryInteractiveWidgetOfEveryTabHasAnAccessibleName)
{
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    ASSERT_NE(tabs, nullptr);
    QStringList problems;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        for (const QString& problem : unnamed(tabs->widget(i)))
            problems << tabs->tabText(i).remove(QLatin1Char('&')) + QStringLiteral(": ") + problem;
    }
    // The window's own parts outside the tabs: the overview dock, the banners, the welcome.
    for (QWidget* child : m_window->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child == m_window->centralWidget())
            continue;
        for (const QString& problem : unnamed(child))
            problems << QStringLiteral("window: ") + problem;
    }
    for (const QString& problem : unnamed(m_window->centralWidget())) {
        if (!problem.contains(QLatin1String(" in qt_tabwidget_stackedwidget")))
            problems << QStringLiteral("central: ") + problem;
    }
    problems.removeDuplicates();
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " unnamed:\n"
                                    << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(AccessibilityTest, ThePreferencesDialogIsNamedAndOffersLanguageAndAppearance)
{
    SettingsDialog dialog(*m_settings, QStringLiteral("/tmp/x.sqlite"));
    dialog.show();
    const QStringList problems = unnamed(&dialog);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    ASSERT_NE(language, nullptr);
    EXPECT_GE(language->findData(QStringLiteral("de")), 0);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    auto* appearance = dialog.findChild<QComboBox*>(QStringLiteral("appearanceComboBox"));
    ASSERT_NE(appearance, nullptr);
    EXPECT_GE(appearance->findData(QStringLiteral("dark")), 0);
    dialog.accept();
    EXPECT_EQ(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("de"));
}

// The dialogs a person fills in: every field named (through its label's buddy or its own name).
TEST_F(AccessibilityTest, EveryDialogsFieldsAreNamed)
{
    ProfileStore profiles(*m_settings);
    SecretStoreSwitch secrets(makeError(ErrorKind::Incompatible, QStringLiteral("no keychain in this test")));
    ProfilesDialog profilesDialog(profiles, secrets, QString());
    profilesDialog.show();
    QStringList problems = unnamed(&profilesDialog);
    for (const TimeDialog::Mode mode : {TimeDialog::Mode::Instant, TimeDialog::Mode::Span}) {
        TimeDialog timeDialog(mode);
        timeDialog.show();
        problems << unnamed(&timeDialog);
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

// Issue 18.3: at 1280×800 with the cluster overview docked, the checklist's titles are readable
// (not cut to a stub of ~25 characters while the details pane stands mostly empty).
TEST_F(AccessibilityTest, TheChecklistTitlesAreReadableAt1280x800WithTheOverviewDocked)
{
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("clusterOverviewDock"));
    ASSERT_NE(dock, nullptr);
    dock->show();
    m_window->resize(1280, 800);
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    tabs->setCurrentIndex(0);
    ASSERT_TRUE(test::waitFor([&] { return dock->isVisible() && dock->width() > 100; }));
    // The first start sizes the dock once the window is shown.
    QTest::qWait(100);
    QApplication::processEvents();
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("checklistTreeView"));
    ASSERT_NE(tree, nullptr);
    tree->expandAll();
    QApplication::processEvents();
    const int titleWidth = tree->header()->sectionSize(0);
    const int fortyChars = tree->fontMetrics().horizontalAdvance(QString(40, QLatin1Char('n')));
    EXPECT_GE(titleWidth, fortyChars) << "title column " << titleWidth << " px, dock " << dock->width() << " px, tree "
                                      << tree->width() << " px";
    if (const QString dir = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/checklist-1280x800.png"));
}

// Issue 18.2/18.3: the window in German (every tab's words from the compiled translation) and in
// the dark palette; with COCKPIT_SCREENSHOT_DIR set, the user guide's screenshots of both.
TEST_F(AccessibilityTest, TheWindowSpeaksGermanAndWearsTheDarkPalette)
{
    const QString shots = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR");
    const auto reopen = [&] {
        openAt1280x800();
        QTest::qWait(150);
        m_window->findChild<QTreeView*>(QStringLiteral("checklistTreeView"))->expandAll();
        QApplication::processEvents();
    };

    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(COCKPIT_QM_DIR "/rollout-cockpit_de.qm")));
    QCoreApplication::installTranslator(&german);
    reopen();
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    EXPECT_EQ(tabs->tabText(0).remove(QLatin1Char('&')), QStringLiteral("Checkliste"));
    EXPECT_NE(tabs->tabText(3).remove(QLatin1Char('&')), QStringLiteral("Approvals"));
    const QString filter = m_window->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"))->placeholderText();
    EXPECT_FALSE(filter.startsWith(QStringLiteral("Filter by"))) << filter.toStdString();
    // German words are longer: no tab may push the window beyond a 1280-pixel screen.
    EXPECT_LE(m_window->minimumSizeHint().width(), 1280);
    for (int i = 0; i < tabs->count(); ++i)
        EXPECT_LE(tabs->widget(i)->minimumSizeHint().width(), 800) << tabs->tabText(i).toStdString();
    if (!shots.isEmpty()) {
        tabs->setCurrentIndex(1);
        QApplication::processEvents();
        m_window->grab().save(shots + QStringLiteral("/migration-de.png"));
        tabs->setCurrentIndex(0);
        QApplication::processEvents();
    }
    if (!shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/checklist-de.png"));
    QCoreApplication::removeTranslator(&german);

    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    reopen();
    EXPECT_TRUE(isDark(m_window->palette()));
    EXPECT_TRUE(isDark(m_window->findChild<QTreeView*>(QStringLiteral("checklistTreeView"))->palette()));
    if (!shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/checklist-dark.png"));
    m_window.reset();
    QApplication::setPalette(before);
}

namespace {

// The focusable widgets of a dialog in the order Tab visits them, from its first.
QList<QWidget*> tabOrder(QWidget* dialog)
{
    QList<QWidget*> order;
    QWidget* first = dialog->nextInFocusChain();
    for (QWidget* w = first; w && w != dialog; w = w->nextInFocusChain()) {
        if (w->isVisibleTo(dialog) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !order.contains(w))
            order.append(w);
        if (w->nextInFocusChain() == first)
            break;
    }
    return order;
}

// Tab goes down the form, a row at a time, left to right within a row: no jumps back up.
QStringList focusJumps(QWidget* dialog)
{
    QStringList jumps;
    const QList<QWidget*> order = tabOrder(dialog);
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QPoint before = order[i - 1]->mapTo(dialog, QPoint(0, 0));
        const QPoint here = order[i]->mapTo(dialog, QPoint(0, 0));
        const bool sameRow = std::abs(before.y() - here.y()) < order[i]->height() / 2 + 4;
        if (here.y() < before.y() && !sameRow)
            jumps << QStringLiteral("%1 -> %2").arg(order[i - 1]->objectName(), order[i]->objectName());
    }
    return jumps;
}

} // namespace

TEST_F(AccessibilityTest, TabMovesDownEveryDialogInReadingOrder)
{
    SettingsDialog settings(*m_settings, QStringLiteral("/tmp/x.sqlite"));
    settings.show();
    QApplication::processEvents();
    EXPECT_GE(tabOrder(&settings).size(), 4);
    EXPECT_TRUE(focusJumps(&settings).isEmpty()) << focusJumps(&settings).join(QLatin1Char('\n')).toStdString();
    for (const TimeDialog::Mode mode : {TimeDialog::Mode::Instant, TimeDialog::Mode::Span}) {
        TimeDialog time(mode);
        time.show();
        QApplication::processEvents();
        EXPECT_TRUE(focusJumps(&time).isEmpty()) << focusJumps(&time).join(QLatin1Char('\n')).toStdString();
    }
}
