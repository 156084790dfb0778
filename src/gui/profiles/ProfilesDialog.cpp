#include "ProfilesDialog.h"
#include "core/Continuation.h"
#include "gui/Appearance.h"

#include "ui_ProfilesDialog.h"

#include "connectors/secrets/SecretStore.h"
#include "engine/profiles/ProfileImporter.h"
#include "gui/Dialogs.h"
#include "gui/widgets/NoticeBanner.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>

namespace cockpit::gui {
namespace {

enum TestColumn
{
    EndpointColumn,
    AddressColumn,
    ResultColumn,
    LatencyColumn,
    VersionColumn,
    ButtonColumn,
    TestColumnCount
};

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList list;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            list.append(line.trimmed());
    }
    return list;
}

void putIfSet(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        o[QString::fromLatin1(key)] = value.trimmed();
}

// "host:port" -> {host, port}; a missing or bad port is left for validation to name.
QJsonObject hostPort(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {{QStringLiteral("host"), text.trimmed()}};
    return {{QStringLiteral("host"), text.left(colon).trimmed()},
            {QStringLiteral("port"), text.mid(colon + 1).trimmed().toInt()}};
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore& profiles, SecretStoreSwitch& secrets, const QString& current,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_banner(new NoticeBanner(this))
    , m_splitBrainBanner(new NoticeBanner(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->insertWidget(0, m_splitBrainBanner);
    m_splitBrainBanner->setObjectName(QStringLiteral("splitBrainBanner"));
    m_ui->splitter->setSizes({150, 900});
    resize(1180, 720); // fits a 1280×800 screen with every test column readable
    m_ui->pgSslModeComboBox->addItem(tr("Automatic (verify-full beyond this machine)"), QString());
    for (const char* mode : {"verify-full", "verify-ca", "require", "prefer", "disable"})
        m_ui->pgSslModeComboBox->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    QTableWidget* table = m_ui->testTableWidget;
    table->setColumnCount(TestColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("Endpoint"), tr("Address"), tr("Result"), tr("Latency"), tr("Version"), QString()});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Addresses can be long (unix sockets); the version and detail need the room more.
    for (const auto& [column, width] : {std::pair(EndpointColumn, 160), std::pair(AddressColumn, 180)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        table->setColumnWidth(column, width);
    }
    header->setSectionResizeMode(VersionColumn, QHeaderView::Stretch);

    connect(m_ui->profilesListWidget, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (name.isEmpty() || name == m_loadedName)
            return;
        const auto profile = m_profiles.load(name);
        if (profile)
            showProfile(profile.value());
        else
            m_ui->problemsLabel->setText(profile.error().toString().toHtmlEscaped());
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::clearForm);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfilesDialog::importFile);
    connect(m_ui->testAllButton, &QPushButton::clicked, this, [this] {
        save([this](const ConnectionProfile&) {
            for (int row = 0; row < m_endpoints.size(); ++row)
                runTest(row);
        });
    });
    connect(m_ui->useButton, &QPushButton::clicked, this,
            [this] { save([this](const ConnectionProfile& profile) { Q_EMIT useRequested(profile.name); }); });
    reloadList(current);
    refreshSecretsNotice();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::refreshSecretsNotice()
{
    if (m_secrets.target()) {
        if (m_secrets.isPersistent()) {
            m_banner->hide();
        } else {
            m_banner->showNotice(NoticeBanner::Kind::Warning,
                                 tr("Passwords are held for this session only; they are forgotten when the cockpit "
                                    "closes."));
        }
        return;
    }
    m_banner->showNotice(NoticeBanner::Kind::Warning,
                         tr("No keychain is available here, so passwords cannot be saved. %1\n"
                            "You can hold them for this session only: they stay in memory and are forgotten at exit.")
                             .arg(m_secrets.unavailableReason().message));
    if (!m_banner->findChild<QPushButton*>(QStringLiteral("sessionSecretsButton"))) {
        auto* button = new QPushButton(tr("Hold passwords for this session only"), m_banner);
        button->setObjectName(QStringLiteral("sessionSecretsButton"));
        m_banner->layout()->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, button] {
            Q_EMIT sessionSecretsRequested();
            button->hide();
            refreshSecretsNotice();
        });
    }
}

void ProfilesDialog::reloadList(const QString& select)
{
    const QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    m_ui->profilesListWidget->addItems(m_profiles.names());
    m_loadedName.clear();
    if (m_profiles.names().isEmpty()) {
        clearForm();
        m_ui->problemsLabel->setText(tr("No profiles yet. Fill in the form and Save, or Import one."));
        return;
    }
    selectProfile(select.isEmpty() || !m_profiles.names().contains(select) ? m_profiles.names().first() : select);
}

void ProfilesDialog::selectProfile(const QString& name)
{
    const auto items = m_ui->profilesListWidget->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return;
    m_ui->profilesListWidget->setCurrentItem(items.first());
    const auto profile = m_profiles.load(name);
    if (profile)
        showProfile(profile.value());
}

QString ProfilesDialog::selectedName() const
{
    const QListWidgetItem* item = m_ui->profilesListWidget->currentItem();
    return item ? item->text() : QString();
}

void ProfilesDialog::clearForm()
{
    ConnectionProfile blank;
    blank.name = QStringLiteral("new-profile");
    showProfile(blank);
    m_loadedName.clear();
    m_ui->profilesListWidget->clearSelection();
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void ProfilesDialog::showProfile(const ConnectionProfile& p)
{
    m_loadedName = p.name;
    m_ui->nameLineEdit->setText(p.name);
    m_ui->descriptionLineEdit->setText(p.description);
    QStringList nodes;
    for (const auto& node : p.pgNodes)
        nodes.append(QStringLiteral("%1 %2:%3").arg(node.name, node.host).arg(node.port));
    m_ui->pgNodesPlainTextEdit->setPlainText(nodes.join(QLatin1Char('\n')));
    m_ui->pgDatabaseLineEdit->setText(p.pgDatabase);
    m_ui->pgUserLineEdit->setText(p.pgUser);
    m_ui->pgPasswordLineEdit->clear();
    m_ui->pgSslModeComboBox->setCurrentIndex(std::max(0, m_ui->pgSslModeComboBox->findData(p.pgSslMode)));
    m_ui->pgCaFileLineEdit->setText(p.pgTls.caFile);
    m_ui->pgbouncerLineEdit->setText(
        p.pgbouncerPort > 0 ? QStringLiteral("%1:%2").arg(p.pgbouncerHost).arg(p.pgbouncerPort) : QString());
    m_ui->patroniUrlsPlainTextEdit->setPlainText(p.patroniUrls.join(QLatin1Char('\n')));
    m_ui->patroniUserLineEdit->setText(p.patroniUser);
    m_ui->patroniPasswordLineEdit->clear();
    m_ui->etcdUrlsPlainTextEdit->setPlainText(p.etcdUrls.join(QLatin1Char('\n')));
    m_ui->prometheusUrlLineEdit->setText(p.prometheusUrl);
    m_ui->alertmanagerUrlLineEdit->setText(p.alertmanagerUrl);
    m_ui->httpCaFileLineEdit->setText(p.prometheusTls.caFile);
    m_ui->dockerEndpointLineEdit->setText(p.dockerEndpoint);
    m_ui->dockerServiceLineEdit->setText(p.dockerService);
    m_ui->dockerCaLineEdit->setText(p.dockerTls.caFile);
    m_ui->dockerCertLineEdit->setText(p.dockerTls.certFile);
    m_ui->dockerKeyLineEdit->setText(p.dockerTls.keyFile);
    m_ui->dnsServerLineEdit->setText(p.dnsServer);
    m_ui->dnsNamesLineEdit->setText(p.dnsNames.join(QStringLiteral(", ")));
    m_ui->problemsLabel->clear();
    fillTestTable(p);
}

Result<ConnectionProfile> ProfilesDialog::profileFromForm() const
{
    // The form becomes the profile's JSON, so that validation (and its JSON paths) is the
    // same as for an imported file.
    QJsonObject root{{QStringLiteral("name"), m_ui->nameLineEdit->text().trimmed()}};
    putIfSet(root, "description", m_ui->descriptionLineEdit->text());
    const QStringList nodes = lines(m_ui->pgNodesPlainTextEdit);
    if (!nodes.isEmpty()) {
        QJsonArray list;
        for (const QString& line : nodes) {
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QJsonObject node = hostPort(parts.last());
            if (parts.size() > 1)
                node[QStringLiteral("name")] = parts.first();
            list.append(node);
        }
        QJsonObject pg{{QStringLiteral("nodes"), list},
                       {QStringLiteral("database"), m_ui->pgDatabaseLineEdit->text().trimmed()},
                       {QStringLiteral("user"), m_ui->pgUserLineEdit->text().trimmed()}};
        putIfSet(pg, "sslmode", m_ui->pgSslModeComboBox->currentData().toString());
        putIfSet(pg, "ca_file", m_ui->pgCaFileLineEdit->text());
        root[QStringLiteral("postgres")] = pg;
    }
    if (!m_ui->pgbouncerLineEdit->text().trimmed().isEmpty())
        root[QStringLiteral("pgbouncer")] = hostPort(m_ui->pgbouncerLineEdit->text());
    const QString httpCa = m_ui->httpCaFileLineEdit->text().trimmed();
    const QStringList patroni = lines(m_ui->patroniUrlsPlainTextEdit);
    if (!patroni.isEmpty()) {
        QJsonObject o{{QStringLiteral("urls"), QJsonArray::fromStringList(patroni)}};
        putIfSet(o, "user", m_ui->patroniUserLineEdit->text());
        putIfSet(o, "ca_file", httpCa);
        root[QStringLiteral("patroni")] = o;
    }
    const QStringList etcd = lines(m_ui->etcdUrlsPlainTextEdit);
    if (!etcd.isEmpty()) {
        QJsonObject o{{QStringLiteral("urls"), QJsonArray::fromStringList(etcd)}};
        putIfSet(o, "ca_file", httpCa);
        root[QStringLiteral("etcd")] = o;
    }
    for (const auto& [key, edit] : {std::pair("prometheus", m_ui->prometheusUrlLineEdit),
                                    std::pair("alertmanager", m_ui->alertmanagerUrlLineEdit)}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        QJsonObject o{{QStringLiteral("url"), edit->text().trimmed()}};
        putIfSet(o, "ca_file", httpCa);
        root[QString::fromLatin1(key)] = o;
    }
    if (!m_ui->dockerEndpointLineEdit->text().trimmed().isEmpty()) {
        QJsonObject o{{QStringLiteral("endpoint"), m_ui->dockerEndpointLineEdit->text().trimmed()}};
        putIfSet(o, "service", m_ui->dockerServiceLineEdit->text());
        putIfSet(o, "ca_file", m_ui->dockerCaLineEdit->text());
        putIfSet(o, "cert_file", m_ui->dockerCertLineEdit->text());
        putIfSet(o, "key_file", m_ui->dockerKeyLineEdit->text());
        root[QStringLiteral("docker")] = o;
    }
    QStringList names;
    for (const QString& name : m_ui->dnsNamesLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(name.trimmed());
    if (!names.isEmpty()) {
        QJsonObject o{{QStringLiteral("names"), QJsonArray::fromStringList(names)}};
        putIfSet(o, "server", m_ui->dnsServerLineEdit->text());
        root[QStringLiteral("dns")] = o;
    }
    return ConnectionProfile::fromJson(root, tr("the form"));
}

void ProfilesDialog::save(std::function<void(const ConnectionProfile&)> then)
{
    const auto profile = profileFromForm();
    if (!profile) {
        m_ui->detailsTabWidget->setCurrentWidget(m_ui->endpointsTab);
        m_ui->problemsLabel->setText(
            QStringLiteral("<span style='color:%2'>%1</span>")
                .arg(profile.error().toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                     toneColour(Tone::Bad).name()));
        return;
    }
    QHash<QString, QString> passwords;
    if (!m_ui->pgPasswordLineEdit->text().isEmpty())
        passwords.insert(QStringLiteral("postgres"), m_ui->pgPasswordLineEdit->text());
    if (!m_ui->patroniPasswordLineEdit->text().isEmpty())
        passwords.insert(QStringLiteral("patroni"), m_ui->patroniPasswordLineEdit->text());
    const QString renamedFrom = m_loadedName != profile->name ? m_loadedName : QString();
    m_ui->saveButton->setEnabled(false);
    onFinished(ProfileImporter::save(profile.value(), passwords, m_secrets, m_profiles), this,
               [this, then, renamedFrom](const Result<ConnectionProfile>& saved) {
                   m_ui->saveButton->setEnabled(true);
                   if (!saved) {
                       m_ui->problemsLabel->setText(
                           QStringLiteral("<span style='color:%2'>%1</span>")
                               .arg(saved.error().toString().toHtmlEscaped(), toneColour(Tone::Bad).name()));
                       return;
                   }
                   // The passwords are in the store now; the form keeps none.
                   m_ui->pgPasswordLineEdit->clear();
                   m_ui->patroniPasswordLineEdit->clear();
                   if (!renamedFrom.isEmpty() && m_profiles.names().contains(renamedFrom))
                       m_profiles.remove(renamedFrom);
                   reloadList(saved->name);
                   m_ui->problemsLabel->setText(tr("Saved “%1”.").arg(saved->name));
                   Q_EMIT profilesChanged();
                   if (then)
                       then(saved.value());
               });
}

void ProfilesDialog::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile “%1” and its stored passwords?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, name] {
        onFinished(ProfileImporter::remove(name, m_secrets, m_profiles), this, [this](const Result<Done>&) {
            reloadList({});
            Q_EMIT profilesChanged();
        });
    });
    box->open();
}

void ProfilesDialog::importFile()
{
    Dialogs::instance().chooseFileToOpen(
        this, tr("Import Profile"), QString(), tr("Profiles (*.json);;All files (*)"), [this](const QString& path) {
            onFinished(ProfileImporter::import(path, {}, m_secrets, m_profiles), this,
                       [this](const Result<ConnectionProfile>& imported) {
                           if (!imported) {
                               Dialogs::instance().showError(this, tr("Cannot import the profile"),
                                                             imported.error().message, imported.error().toString());
                               return;
                           }
                           reloadList(imported->name);
                           Q_EMIT profilesChanged();
                       });
        });
}

void ProfilesDialog::fillTestTable(const ConnectionProfile& profile)
{
    m_endpoints = ProfileTester::endpoints(profile);
    m_testedNodes.clear();
    m_splitBrainBanner->hide();
    QTableWidget* table = m_ui->testTableWidget;
    table->setRowCount(static_cast<int>(m_endpoints.size()));
    for (int row = 0; row < m_endpoints.size(); ++row) {
        const EndpointRef& e = m_endpoints[row];
        table->setItem(row, EndpointColumn, new QTableWidgetItem(QStringLiteral("%1 · %2").arg(e.component, e.name)));
        table->setItem(row, AddressColumn, new QTableWidgetItem(e.address));
        table->setItem(row, ResultColumn, new QTableWidgetItem(tr("not tested")));
        table->setItem(row, LatencyColumn, new QTableWidgetItem());
        table->setItem(row, VersionColumn, new QTableWidgetItem());
        auto* button = new QPushButton(tr("Test"), table);
        button->setObjectName(QStringLiteral("testButton%1").arg(row));
        connect(button, &QPushButton::clicked, this,
                [this, row] { save([this, row](const ConnectionProfile&) { runTest(row); }); });
        table->setCellWidget(row, ButtonColumn, button);
    }
}

void ProfilesDialog::runTest(int row)
{
    const auto profile = m_profiles.load(m_loadedName);
    if (!profile || row >= m_endpoints.size())
        return;
    // Each test keeps its own tester until it answers: tests run side by side.
    auto tester = std::make_shared<ProfileTester>(profile.value(), m_secrets);
    m_ui->testTableWidget->item(row, ResultColumn)->setText(tr("testing…"));
    onFinished(tester->check(m_endpoints[row]), this,
               [this, row, tester](const EndpointCheck& check) { showCheck(row, check); });
}

void ProfilesDialog::showCheck(int row, const EndpointCheck& check)
{
    QTableWidget* table = m_ui->testTableWidget;
    if (row >= table->rowCount())
        return;
    QTableWidgetItem* result = table->item(row, ResultColumn);
    result->setText(check.ok ? tr("answered") : tr("failed"));
    result->setForeground(check.ok ? toneColour(Tone::Good) : toneColour(Tone::Bad));
    result->setToolTip(check.ok ? QString() : check.error.toString());
    table->item(row, LatencyColumn)->setText(tr("%1 ms").arg(check.latencyMs, 0, 'f', 1));
    QTableWidgetItem* version = table->item(row, VersionColumn);
    QStringList facts{check.version, check.detail};
    facts.removeAll(QString());
    version->setText(check.ok ? facts.join(QStringLiteral(", ")) : check.error.message);
    version->setToolTip(check.ok ? version->text() : check.error.toString());
    if (check.endpoint.component == QLatin1String("postgres")) {
        if (check.node)
            m_testedNodes.insert(row, *check.node);
        else
            m_testedNodes.remove(row);
        showSplitBrain();
    }
}

void ProfilesDialog::showSplitBrain()
{
    const QList<NodeState> primaries = writablePrimaries(m_testedNodes.values());
    QTableWidget* table = m_ui->testTableWidget;
    for (auto it = m_testedNodes.cbegin(); it != m_testedNodes.cend(); ++it) {
        QTableWidgetItem* result = table->item(it.key(), ResultColumn);
        const bool split = !primaries.isEmpty() && it->acceptsWrites();
        result->setText(split ? tr("split brain") : tr("answered"));
        result->setForeground(split ? toneColour(Tone::Bad) : toneColour(Tone::Good));
        result->setToolTip(split ? tr("This node and another both accept writes") : QString());
    }
    if (primaries.isEmpty()) {
        m_splitBrainBanner->hide();
        return;
    }
    m_splitBrainBanner->showNotice(NoticeBanner::Kind::Critical,
                                   tr("<b>Split brain: %1.</b> Writes to these nodes diverge; stop the application's "
                                      "writes and fence the node Patroni does not lead.")
                                       .arg(describeSplitBrain(primaries).toHtmlEscaped()));
}

} // namespace cockpit::gui
