#pragma once
// How a long load reports: the fraction done (0..1) and what is being done
// ("Reading", "Converting", ...); returning false cancels it.

#include <QString>

#include <functional>

using LoadProgress = std::function<bool(double fraction, const QString &stage)>;
