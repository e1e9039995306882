#pragma once
// Where a fact comes from: one cited page.

#include <QList>
#include <QString>
#include <QVariant>

struct SourceRef
{
    QString url;
    QString publisher;
    QString date;    // publication date as given (YYYY-MM-DD or YYYY-MM), may be empty
    QString title;
    // Set when the cited value could be confirmed only on a copy of the page:
    // why, in a few words. Shown beside the source.
    QString unconfirmed;

    // Only http and https links are ever shown as links or opened.
    static bool isWebUrl(const QString &url);
    // Decodes a "sources" attribute; problems are appended as sentences.
    static QList<SourceRef> listFromVariant(const QVariant &value, QStringList *problems);
};
