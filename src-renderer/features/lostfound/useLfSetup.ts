import { useEffect, useState } from 'react';
import type { LfPlaceRow, LfSettings } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';

/** Storage places and the settings a form needs (what counts as high value), read once when it opens. */
export function useLfSetup() {
  const [places, setPlaces] = useState<LfPlaceRow[]>([]);
  const [settings, setSettings] = useState<LfSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([invoke('lostfound.places.list', {}), invoke('lostfound.settings.get', {})]).then(
      ([p, s]) => {
        if (!live) return;
        setPlaces(p);
        setSettings(s);
      },
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, []);
  return { places, settings, error };
}
