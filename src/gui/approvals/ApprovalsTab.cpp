#include "ApprovalsTab.h"

#include "ui_ApprovalsTab.h"

#include "gui/widgets/NoticeBanner.h"
#include "gui/widgets/TableFill.h"

namespace cockpit::gui {
namespace {

QString fieldTypeTitle(ApprovalField::Type type)
{
    switch (type) {
    case ApprovalField::Type::Date: return ApprovalsTab::tr("Date");
    case ApprovalField::Type::DateTime: return ApprovalsTab::tr("Date and time");
    case ApprovalField::Type::DateTimeRange: return ApprovalsTab::tr("From … to …");
    case ApprovalField::Type::Text: return ApprovalsTab::tr("Text");
    }
    return {};
}

} // namespace

ApprovalsTab::ApprovalsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ApprovalsTab>()), m_banner(new NoticeBanner(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->setStretch(m_ui->rootLayout->count() - 1, 1); // the content takes the height, not the banner
    m_banner->showNotice(NoticeBanner::Kind::Info,
                         tr("Signing is not available yet. These are the roles whose sign-off will gate the "
                            "migration and the record they will complete; nobody has signed."));
}

ApprovalsTab::~ApprovalsTab() = default;

void ApprovalsTab::setRunbook(const Runbook& runbook)
{
    const QString nothing = QStringLiteral("—");
    QList<QStringList> rows;
    for (const ApprovalRole& role : runbook.approvals.roles)
        rows.append({role.title, tr("Not signed"), nothing, nothing});
    m_ui->rolesGroupBox->setTitle(
        tr("Sign-off (%n role(s))", nullptr, static_cast<int>(runbook.approvals.roles.size())));
    fillTable(m_ui->rolesTableWidget, {tr("Role"), tr("State"), tr("Signed by"), tr("Signed at")}, rows);

    rows.clear();
    for (const ApprovalField& field : runbook.approvals.fields)
        rows.append({field.title, fieldTypeTitle(field.type), nothing});
    fillTable(m_ui->fieldsTableWidget, {tr("Field"), tr("Kind"), tr("Value")}, rows);

    rows.clear();
    for (const Contact& contact : runbook.contacts)
        rows.append({contact.title, contact.contact, contact.backup, contact.oncall});
    fillTable(m_ui->contactsTableWidget, {tr("Role"), tr("Contact"), tr("Backup"), tr("On call")}, rows);
}

} // namespace cockpit::gui
