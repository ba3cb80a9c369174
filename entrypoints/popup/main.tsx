import { render } from 'preact';
import '../../components/page.css';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app')!);
// `npm run bench -- --only popup` reads this: the popup's first render, from navigation start
performance.mark('paylens:popup-rendered');
