#include "Workload.h"

#include <libpq-fe.h>

#include <chrono>
#include <memory>
#include <random>

namespace cockpit::lab {
namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

const char* kWords[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"};

Connection connect(const WorkloadOptions& o)
{
    const char* keys[] = {"host", "port", "dbname", "user", "password", "connect_timeout", "application_name", nullptr};
    const char* values[] = {o.host.constData(),
                            o.port.constData(),
                            o.database.constData(),
                            o.user.constData(),
                            o.password.constData(),
                            "3",
                            "dpg_app",
                            nullptr};
    return Connection(PQconnectdbParams(keys, values, 0), &PQfinish);
}

} // namespace

Workload::Workload(WorkloadOptions options, LabMetrics& metrics) : m_options(std::move(options)), m_metrics(metrics)
{
    for (int i = 0; i < m_options.maxClients; ++i)
        m_threads.emplace_back([this, i] { run(i); });
}

Workload::~Workload()
{
    m_stop = true;
    for (std::thread& thread : m_threads)
        thread.join();
}

void Workload::setTargetClients(int clients)
{
    m_target = std::clamp(clients, 0, m_options.maxClients);
    m_metrics.setClients(m_active.load(), m_target.load());
}

void Workload::run(int index)
{
    std::mt19937 random(static_cast<unsigned>(index * 7919 + 17));
    Connection conn(nullptr, &PQfinish);
    bool counted = false;
    while (!m_stop) {
        const bool wanted = index < m_target.load();
        if (wanted != counted) {
            counted = wanted;
            m_active += wanted ? 1 : -1;
            m_metrics.setClients(m_active.load(), m_target.load());
        }
        if (!wanted) {
            conn.reset(); // no load: hold no server connection either
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            continue;
        }
        if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
            conn = connect(m_options);
            if (PQstatus(conn.get()) != CONNECTION_OK) {
                m_metrics.recordConnectionError();
                conn.reset();
                std::this_thread::sleep_for(std::chrono::milliseconds(500));
                continue;
            }
        }
        const int roll = static_cast<int>(random() % 100);
        const LabMetrics::Operation operation
            = roll < 50 ? LabMetrics::Lookup : (roll < 80 ? LabMetrics::Insert : LabMetrics::Similarity);
        const QByteArray word = kWords[random() % std::size(kWords)];
        QByteArray first;
        QByteArray second;
        const char* sql = nullptr;
        int count = 1;
        switch (operation) {
        case LabMetrics::Lookup:
            sql = "SELECT id, value FROM memory_entries WHERE key = $1";
            first = "seed-" + QByteArray::number(1 + random() % 20000);
            break;
        case LabMetrics::Insert:
            // The table stays bounded (the seed and the newest 40,000 of the application's rows):
            // a lab left running for days must still meet the similarity check's 50 ms. Each
            // insert deletes at most the one row 40,000 ids behind it, so the count never drops.
            sql = "WITH i AS (INSERT INTO memory_entries (key, value) VALUES ($1, $2) RETURNING id), "
                  "d AS (DELETE FROM memory_entries WHERE id = (SELECT id FROM i) - 40000 AND key LIKE 'app-%') "
                  "SELECT id FROM i";
            first = "app-" + QByteArray::number(index) + "-" + QByteArray::number(random());
            second = QByteArray::number(random(), 16) + ' ' + word;
            count = 2;
            break;
        case LabMetrics::Similarity:
            sql = "SELECT id, key, similarity(value, $1) AS score FROM memory_entries WHERE value % $1 "
                  "ORDER BY score DESC LIMIT 5";
            // A rare fragment: selective, like a real lookup, and cheap on the trigram index.
            first = QByteArray::number(static_cast<quint32>(random()), 16).left(5);
            break;
        default: break;
        }
        const char* params[] = {first.constData(), second.constData()};
        const auto started = std::chrono::steady_clock::now();
        ResultPtr result(PQexecParams(conn.get(), sql, count, nullptr, params, nullptr, nullptr, 0), &PQclear);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const ExecStatusType status = PQresultStatus(result.get());
        m_metrics.recordRequest(operation, seconds, status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK);
        if (PQstatus(conn.get()) != CONNECTION_OK)
            conn.reset();
        std::this_thread::sleep_for(std::chrono::milliseconds(m_options.thinkMs + static_cast<int>(random() % 20)));
    }
    if (counted)
        --m_active;
}

} // namespace cockpit::lab
