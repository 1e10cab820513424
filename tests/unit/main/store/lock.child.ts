// Child process for the lock tests: takes the notebook's lock, says so, and holds it until killed.
import { lockNotebook } from '../../../../src/main/store/lock';

lockNotebook(process.argv[2]);
process.stdout.write('locked\n');
setInterval(() => {}, 60_000);
