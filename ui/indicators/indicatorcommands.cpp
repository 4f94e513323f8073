// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorcommands.h"

#include "editing/sessioncommand.h"
#include "indicators/indicatorbook.h"

#include <QPointer>

namespace PlanTrack {

std::unique_ptr<QUndoCommand> IndicatorCommands::recordObservations(IndicatorBook &book,
                                                                    QList<Observation> observations,
                                                                    QString *error)
{
    if (!book.addObservations(observations, error))
        return nullptr;

    QList<ObservationId> ids;
    for (const Observation &observation : std::as_const(observations))
        ids.append(observation.id);
    const Indicator *indicator = book.indicator(observations.constFirst().indicatorId);
    const QString text = tr("Record %n observation(s) of row %1", nullptr, int(observations.size()))
                             .arg(indicator ? indicator->stt : QString());

    const QPointer<IndicatorBook> target(&book);
    return std::make_unique<SessionCommand>(
        book.session(),
        text,
        [target, observations](WorkspaceSession &, QString *e) {
            QList<Observation> again = observations;
            return target && target->addObservations(again, e);
        },
        [target, ids](WorkspaceSession &, QString *e) {
            return target && target->removeObservations(ids, e);
        });
}

std::unique_ptr<QUndoCommand>
IndicatorCommands::editIndicator(IndicatorBook &book, const Indicator &changed, QString *error)
{
    const Indicator *stored = book.indicator(changed.id);
    if (!stored) {
        *error = tr("The indicator no longer exists in the workspace.");
        return nullptr;
    }
    const Indicator original = *stored;
    if (!book.updateIndicator(changed, error))
        return nullptr;

    const QPointer<IndicatorBook> target(&book);
    return std::make_unique<SessionCommand>(
        book.session(),
        tr("Edit indicator of row %1").arg(original.stt),
        [target, changed](WorkspaceSession &, QString *e) {
            return target && target->updateIndicator(changed, e);
        },
        [target, original](WorkspaceSession &, QString *e) {
            return target && target->updateIndicator(original, e);
        });
}

} // namespace PlanTrack
