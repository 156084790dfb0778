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

void NoticeBanner::showNotice(Kind kind, const QString& text)
{
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background: #e8f1fb; border: 1px solid #9cc1e8;");
    if (kind == Kind::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background: #fff6dc; border: 1px solid #e6c25a;");
    } else if (kind == Kind::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background: #fde8e8; border: 1px solid #e29393;");
    } else if (kind == Kind::Critical) {
        pixmap = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background: #b02a2a; border: 2px solid #6e1212;");
    }
    const QString ink = kind == Kind::Critical ? QStringLiteral("white") : QStringLiteral("#1d1d1d");
    // By the banner's own name: a window may name its banners differently.
    setStyleSheet(QStringLiteral("QFrame#%3 { %1 border-radius: 4px; } "
                                 "QFrame#%3 QLabel { border: none; background: transparent; color: %2; }")
                      .arg(colours, ink, objectName()));
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(20, 20));
    m_label->setText(text);
    show();
}

QString NoticeBanner::text() const
{
    return m_label->text();
}

} // namespace cockpit::gui
