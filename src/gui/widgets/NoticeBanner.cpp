#include "NoticeBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cockpit::gui {

NoticeBanner::NoticeBanner(QWidget* parent) : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // never take space from the content
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("noticeLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    hide();
}

NoticeBanner::Colours NoticeBanner::colours(Kind kind)
{
    switch (kind) {
    case Kind::Info: return {QColor(0xe8, 0xf1, 0xfb), QColor(0x9c, 0xc1, 0xe8), QColor(0x1d, 0x1d, 0x1d)};
    case Kind::Warning: return {QColor(0xff, 0xf6, 0xdc), QColor(0xe6, 0xc2, 0x5a), QColor(0x1d, 0x1d, 0x1d)};
    case Kind::Error: return {QColor(0xfd, 0xe8, 0xe8), QColor(0xe2, 0x93, 0x93), QColor(0x1d, 0x1d, 0x1d)};
    case Kind::Critical: return {QColor(0xb0, 0x2a, 0x2a), QColor(0x6e, 0x12, 0x12), QColor(Qt::white)};
    }
    return {};
}

void NoticeBanner::showNotice(Kind kind, const QString& text)
{
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error || kind == Kind::Critical)
        pixmap = QStyle::SP_MessageBoxCritical;
    const Colours c = colours(kind);
    const QString frame = QStringLiteral("background: %1; border: %2px solid %3;")
                              .arg(c.background.name())
                              .arg(kind == Kind::Critical ? 2 : 1)
                              .arg(c.border.name());
    const QString ink = c.ink.name();
    // By the banner's own name: a window may name its banners differently.
    setStyleSheet(QStringLiteral("QFrame#%3 { %1 border-radius: 4px; } "
                                 "QFrame#%3 QLabel { border: none; background: transparent; color: %2; }")
                      .arg(frame, ink, objectName()));
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(20, 20));
    m_label->setText(text);
    show();
}

QString NoticeBanner::text() const
{
    return m_label->text();
}

} // namespace cockpit::gui
