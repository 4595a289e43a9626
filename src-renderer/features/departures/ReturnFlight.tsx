import { Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Departure } from '@shared/contract/departures';
import { formatWallTime } from '@shared/text/date-format';
import type { FlightTarget } from '../arrivals/FlightModal';
import { useSettings } from '../settings/settings.store';

/** What the flight dialog opens with for a trainee's return: their flight, or a new one of kind return from Narita. */
export function returnFlightTarget(d: Departure): FlightTarget {
  return { traineeId: d.traineeId, traineeName: d.name, flight: d.returnFlight, defaults: { kind: 'return', fromAirport: 'NRT', toAirport: '' } };
}

/** A trainee's return flight in a line (a click changes it), or the button that adds one. */
export function ReturnFlight({ departure, isDisabled, onEdit }: { departure: Departure; isDisabled?: boolean; onEdit(target: FlightTarget): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const f = departure.returnFlight;
  if (!f) {
    return (
      <Button size="compact-xs" variant="light" color="orange" disabled={isDisabled} onClick={() => onEdit(returnFlightTarget(departure))} aria-label={t('departures.addReturnFor', { name: departure.name })} data-testid="departure-add-flight">
        {t('departures.addReturn')}
      </Button>
    );
  }
  return (
    <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onEdit(returnFlightTarget(departure))} aria-label={t('departures.editReturnFor', { name: departure.name, flight: f.flightNumber })} data-testid="departure-flight">
      <Text span size="sm" fw={600}>
        {f.flightNumber}
      </Text>{' '}
      <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatWallTime(f.departsLocal, language)} {t('departures.route', { from: f.from.iata, to: f.to.iata })}
      </Text>
    </Anchor>
  );
}
