export { formatTime } from '../../src-shared/rules/time';
