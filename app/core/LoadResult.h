#pragma once
// What every reader of an outside file returns: how the read ended, and when
// it failed, why, as DataErrors that print "FILE:LINE: message". One type for
// LayerReader, the event readers beneath EventLayerLoader, the cache
// conversion and UserLayerLoader, so a caller never translates one reader's
// verdict into another's vocabulary, and a reason found deep down (the line
// where a JSON file breaks) reaches the user as it was found.

#include "DataError.h"

#include <QStringList>

struct LoadResult
{
    enum class Status {
        Loaded,      // the output holds what was read
        NotEvents,   // readable, but not dated points: read it as a plain layer
        Unsuitable,  // not a file this reader takes as it is: another reader will
        Ambiguous,   // several date fields: choose one of candidates and read again
        Declined,    // a field chooser returned false (the caller knows why)
        Failed,      // errors say why
        Cancelled    // the progress callback returned false; nothing is kept
    };

    Status status = Status::Loaded;
    DataErrors errors;
    // Ambiguous: what is asked, and the choices: the date fields ("start|end"
    // for pairs), or the day/month order of a field's numeric dates ("dmy",
    // "mdy"; the field in orderField).
    enum class Question { DateField, DateOrder };
    Question question = Question::DateField;
    QStringList candidates;
    QString orderField;
    // Failed: the verdict is about the file's content and final (it is
    // malformed, or over a limit), so reading it again with another reader
    // would only say the same, slowly. False for "this reader cannot".
    bool final = false;

    bool ok() const { return status == Status::Loaded; }
    bool is(Status s) const { return status == s; }
    // The first error as "FILE:LINE: message" (empty if none).
    QString message() const { return errors.isEmpty() ? QString() : errors.front().toString(); }

    static LoadResult loaded() { return {}; }
    static LoadResult of(Status s)
    {
        LoadResult r;
        r.status = s;
        return r;
    }
    static LoadResult failed(const QString &file, int line, const QString &message)
    {
        return failed(DataErrors{DataError{file, line, -1, message}});
    }
    static LoadResult failed(const QString &file, const QString &message) { return failed(file, 0, message); }
    static LoadResult failed(DataErrors errors)
    {
        LoadResult r;
        r.status = Status::Failed;
        r.errors = std::move(errors);
        return r;
    }
    static LoadResult ambiguous(const QString &file, const QStringList &candidates, const QString &message)
    {
        LoadResult r = failed(file, message);
        r.status = Status::Ambiguous;
        r.candidates = candidates;
        return r;
    }
    static LoadResult askOrder(const QString &file, const QString &field, const QString &message)
    {
        LoadResult r = ambiguous(file, {QStringLiteral("dmy"), QStringLiteral("mdy")}, message);
        r.question = Question::DateOrder;
        r.orderField = field;
        return r;
    }
    // A reader of a stream does not know the file's name: its caller adds it.
    LoadResult &inFile(const QString &file)
    {
        for (DataError &e : errors)
            if (e.file.isEmpty())
                e.file = file;
        return *this;
    }
    LoadResult &markFinal()
    {
        final = true;
        return *this;
    }
};
