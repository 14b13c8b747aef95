#pragma once

#include "db/database.h"

#include <QtCore/QFuture>
#include <QtCore/QPromise>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <utility>

namespace boxoffice {

// The work one service object starts on its Database's executor when that
// work calls back into the object (an engine's own guards, a scheduler's
// signals). The object owns a WorkGroup as its last member: destroying it
// waits for that work only, not for everybody's, so the object never dies
// under its own work. A group that takes turns runs one piece at a time in
// the order started, without holding an executor thread while a piece waits
// for its turn (a background user must not take more than one thread of the
// counter's executor). Start work from the owner's thread.
class WorkGroup final
{
public:
    enum Mode { Concurrent, InTurn };

    explicit WorkGroup(Database &db, Mode mode = Concurrent) : m_db(db), m_mode(mode) { }
    ~WorkGroup() { waitForDone(); }
    Q_DISABLE_COPY_MOVE(WorkGroup)

    Database &database() const { return m_db; }

    // Runs work(database) on the executor, counted in this group.
    template<class Work>
    auto run(Work &&work) -> QFuture<std::invoke_result_t<Work, Database &>>
    {
        {
            std::lock_guard lock(m_state->mutex);
            ++m_state->running;
        }
        // A turn ends with a future of its own: a future takes one
        // continuation, and the caller's then() must not replace the next turn.
        auto turn = std::make_shared<QPromise<void>>();
        turn->start();
        QFuture<void> turnDone = turn->future();
        auto counted = [state = m_state, turn, work = std::forward<Work>(work)](Database &db) mutable {
            struct Leave
            {
                std::shared_ptr<State> state;
                std::shared_ptr<QPromise<void>> turn;
                ~Leave()
                {
                    turn->finish();
                    std::lock_guard lock(state->mutex);
                    --state->running;
                    state->idle.notify_all();
                }
            } leave {state, turn};
            return work(db);
        };
        if (m_mode == Concurrent)
            return m_db.run(std::move(counted));
        auto future = m_db.runAfter(m_last, std::move(counted));
        m_last = turnDone;
        return future;
    }

    // Blocks until no work of this group is queued or running (teardown).
    void waitForDone()
    {
        std::unique_lock lock(m_state->mutex);
        m_state->idle.wait(lock, [this] { return m_state->running == 0; });
    }

private:
    // Shared with the work, so that the last piece may finish after the group.
    struct State
    {
        std::mutex mutex;
        std::condition_variable idle;
        int running = 0;
    };

    Database &m_db;
    const Mode m_mode;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    // Not canceled: a canceled parent would cancel the next turn.
    QFuture<void> m_last = QtFuture::makeReadyFuture();
};

} // namespace boxoffice
