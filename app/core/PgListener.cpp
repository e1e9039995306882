#include "PgListener.h"

#include "PgConnection.h"
#include "PgSource.h"

PgListener::PgListener(QString conninfo, QString channel, QObject *parent)
    : QThread(parent), m_conninfo(std::move(conninfo)), m_channel(std::move(channel))
{
}

PgListener::~PgListener() { stop(); }

void PgListener::stop()
{
    m_stop = true;
    wait();
}

void PgListener::run()
{
    PgConnection db(m_conninfo);
    bool wasLost = false;
    while (!m_stop) {
        if (!db.isOpen()) {
            QString error;
            if (!db.open(&error) || !db.listen(PgSource::quoteIdentifier(m_channel), &error)) {
                if (!wasLost)
                    emit lost(error);
                wasLost = true;
                for (int i = 0; i < 20 && !m_stop; ++i)
                    msleep(100);
                continue;
            }
            // Anything missed while away is fetched by the one who asked.
            emit listening();
            wasLost = false;
        }
        QString payload, error;
        if (db.waitForNotify(100, &payload, &error)) {
            emit notified(payload);
        } else if (!error.isEmpty()) {
            emit lost(error);
            wasLost = true;
            db.close();
        }
    }
}
