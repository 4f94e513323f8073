// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicatorbook.h"
#include "workspace/workspacesession.h"

#include <QTest>

#include <memory>

namespace PlanTrack::Test {

/// Holds a workspace in memory with the bundled plan and its indicators, and records
/// observations in it by row number and agency code.
class IndicatorFixture final
{
public:
    bool open()
    {
        m_session = WorkspaceSession::openInMemory(&m_error);
        if (m_session)
            m_book = IndicatorBook::open(*m_session, &m_error);
        return m_book != nullptr;
    }

    QString error() const { return m_error; }

    WorkspaceSession &session() const { return *m_session; }

    IndicatorBook &book() const { return *m_book; }

    AgencyId agency(const QString &code) const
    {
        const Agency *found = m_session->agencies().byCode(code);
        return found ? found->id : 0;
    }

    IndicatorId indicator(const QString &stt) const
    {
        const Indicator *found = m_book->find(0, stt);
        return found ? found->id : 0;
    }

    /// Records numerator / denominator of an agency for a calendar year.
    bool report(const QString &stt, const QString &agencyCode, int year, qint64 n, qint64 d)
    {
        Observation observation;
        observation.indicatorId = indicator(stt);
        observation.agencyId = agency(agencyCode);
        observation.period = {QDate(year, 1, 1), QDate(year, 12, 31)};
        observation.numerator = n;
        observation.denominator = d;
        QList<Observation> batch{observation};
        return m_book->addObservations(batch, &m_error);
    }

private:
    QString m_error;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<IndicatorBook> m_book;
};

} // namespace PlanTrack::Test
