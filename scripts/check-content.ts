import { main } from './content/load-course';

void main();
