import { Building, Occupant, Unit } from '../modules/directory/entities';
import { Setting } from '../modules/settings/setting.entity';
import { User } from '../modules/users/user.entity';

export const ENTITIES = [User, Setting, Building, Unit, Occupant];
