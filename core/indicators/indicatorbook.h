// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicatoraggregator.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace PlanTrack {

class WorkspaceSession;

/// Holds the indicators of an open workspace and the observations reported for them, pools
/// them as of a date (IndicatorAggregator), and makes the edits that change them. Every
/// edit is checked first, then written with its audit rows in one transaction; only then
/// do the content and the signals change. A refused edit changes nothing and says why.
///
/// Loading gives every plan row with a target that has no indicator yet its default one
/// (defaultIndicator), in one transaction: on the first open after the upgrade to schema 3
/// and after a plan was imported (the book follows WorkspaceSession::contentReloaded).
class IndicatorBook final : public QObject
{
    Q_OBJECT

public:
    /// Loads the indicators of the session's workspace; returns nothing with *error set
    /// when they cannot be read.
    static std::unique_ptr<IndicatorBook> open(WorkspaceSession &session, QString *error);

    ~IndicatorBook() override;

    WorkspaceSession &session() const { return m_session; }

    /// Returns every indicator of the workspace in plan and row order.
    const QList<Indicator> &indicators() const { return m_indicators; }

    /// Returns the indicators of one plan, or of every plan for 0.
    QList<Indicator> indicatorsOf(PlanId planId) const;

    const Indicator *indicator(IndicatorId id) const;
    const Indicator *indicatorOfTask(TaskId taskId) const;

    /// Finds an indicator of a plan by its row number (STT) or its code, ignoring case.
    const Indicator *find(PlanId planId, const QString &sttOrCode) const;

    /// Returns every observation of an indicator in entry order, corrections included.
    QList<Observation> observationsOf(IndicatorId id) const;

    /// Returns the observations of one agency and period, oldest first; the last counts.
    QList<Observation> historyOf(IndicatorId id, AgencyId agencyId, const DateRange &period) const;

    /// Returns the agencies that answer for an indicator's row (groups replaced by their
    /// members), the lead units first: the agencies expected to report it.
    QList<AgencyId> expectedAgencies(IndicatorId id) const;

    /// Returns the pooling of an indicator's observations.
    IndicatorAggregator aggregator(IndicatorId id) const;

    /// Returns how an indicator stands as of a date.
    IndicatorStanding standing(IndicatorId id, QDate asOf) const;

    /// Returns how the indicators of a plan (of every plan for 0) stand as of a date.
    QList<IndicatorStanding> standings(QDate asOf, PlanId planId = 0) const;

    /// Checks an observation against the workspace; returns a translated reason when
    /// refused.
    QString checkObservation(const Observation &observation) const;

    /// Stores observations, all or none; each gets its id (one it already has is kept).
    bool addObservations(QList<Observation> &observations, QString *error);

    /// Removes observations, all or none (undoing their entry; corrections are recorded by
    /// adding, never by removing).
    bool removeObservations(const QList<ObservationId> &ids, QString *error);

    /// Checks a changed indicator; returns a translated reason when refused.
    QString checkIndicator(const Indicator &indicator) const;

    /// Stores what belongs to an indicator (not the plan row's target).
    bool updateIndicator(const Indicator &indicator, QString *error);

    /// Reads indicators and observations again, adding the default indicator of every row
    /// that has none yet.
    bool reload(QString *error);

Q_SIGNALS:
    /// Observations of these indicators were added or removed.
    void observationsChanged(const QList<PlanTrack::IndicatorId> &ids);
    /// The definition of an indicator changed.
    void indicatorChanged(PlanTrack::IndicatorId id);
    /// Indicators and observations were read again; every view must refresh.
    void reloaded();

private:
    explicit IndicatorBook(WorkspaceSession &session);

    bool seedMissing(QString *error);
    QString describe(const Observation &observation) const;

    WorkspaceSession &m_session;
    QList<Indicator> m_indicators;
    QHash<IndicatorId, QList<Observation>> m_observations;
};

} // namespace PlanTrack
