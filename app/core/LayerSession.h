#pragma once
// The user's layers as the next run finds them: each file's path, its
// visibility, opacity, date fields and the field it is coloured by, kept in QSettings ("layers/list").
// Restoring queues the files that are still there on the loading pipeline
// and tells which are gone. And the day/month order the user chose for a
// file whose numeric dates do not tell it ("layers/dateOrders", keyed by the
// file's canonical path), so that file is not asked about again. Plain Qt
// Core.

#include "Document.h"
#include "DateText.h"
#include "LayerLoadController.h"

#include <QStringList>

namespace LayerSession {
void save(const Document &document);
// Queues every saved layer not already in the document; returns the paths
// no longer there (skipped).
QStringList restore(const Document &document, LayerLoadController &loads);
// The order chosen for path before (Unknown: none).
DateText::Order rememberedDateOrder(const QString &path);
void rememberDateOrder(const QString &path, DateText::Order order);
}
