#pragma once

#include <QtCore/QFuture>
#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>

#include <utility>

namespace boxoffice {

// Calls then(result) on context's thread once future has finished — the way
// work done on a worker thread comes back to a widget or model. Not at all
// if context is destroyed first (the watcher goes with it).
template<typename T, typename Then>
void whenDone(QObject *context, QFuture<T> future, Then &&then)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::forward<Then>(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace boxoffice
