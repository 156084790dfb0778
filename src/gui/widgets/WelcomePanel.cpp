#include "WelcomePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cockpit::gui {

WelcomePanel::WelcomePanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Welcome"));
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto* title = new QLabel(tr("<b>Welcome to Rollout Cockpit</b>"), this);
    auto* text = new QLabel(
        tr("The cockpit checks, executes, watches and records the rollout of a PostgreSQL cluster. "
           "It needs a connection profile: where Patroni, PostgreSQL, PgBouncer, Docker and Prometheus "
           "answer. Add one for your cluster, or import one from JSON (the Import button of the "
           "profiles dialog).<br>To try the cockpit first on a local lab, run <tt>./scripts/run</tt> in the source "
           "folder: it starts the lab on this machine and opens the cockpit on it (or run "
           "<tt>scripts/lab up</tt> and import <tt>/tmp/cockpit-lab/profile.json</tt>)."),
        this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* add = new QPushButton(tr("&Add a Connection Profile…"), this);
    add->setObjectName(QStringLiteral("welcomeAddProfile"));
    add->setToolTip(tr("Open Connection ▸ Connection Profiles"));
    auto* later = new QPushButton(tr("Not Now"), this);
    later->setObjectName(QStringLiteral("welcomeDismiss"));
    later->setToolTip(tr("Hide this until the next start"));

    // Side by side, so that the welcome costs the tabs as few lines as possible at 1280×800.
    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(title);
    words->addWidget(text, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(later);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(words, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &WelcomePanel::addProfileRequested);
    connect(later, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
}

QSize WelcomePanel::sizeHint() const
{
    const int width = std::max(this->width(), 900);
    return {width, layout()->totalHeightForWidth(width)};
}

QSize WelcomePanel::minimumSizeHint() const
{
    return {0, 0};
}

} // namespace cockpit::gui
